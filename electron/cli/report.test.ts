import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../shared/report/report-html';
import { BUILT_IN_SCENARIOS } from '../../shared/simulated-host/scenarios';
import { DATA_DIR_ENV } from '../host/data-folder';
import { runCli } from './testing/run-cli';

const temporaryDirectory = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));
let saved: string | undefined;
beforeEach(() => {
  saved = process.env[DATA_DIR_ENV];
  process.env[DATA_DIR_ENV] = temporaryDirectory('wgd-report-data-');
});
afterEach(() => {
  if (saved === undefined) delete process.env[DATA_DIR_ENV];
  else process.env[DATA_DIR_ENV] = saved;
});

describe('workgroup-doctor report', () => {
  it('writes one HTML report of a simulated PC, with the change practised on it', async () => {
    expect((await runCli(['apply', 'method-1', '--scenario', 'xp-print-host-at-limit', '--yes', '--json'])).status).toBe(0);
    const output = path.join(temporaryDirectory('wgd-report-'), 'printhost.html');
    const result = await runCli(['report', '--scenario', 'xp-print-host-at-limit', '--output', output]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^Report of simulated PC "Windows XP Professional print host, all 10 slots used" written to .*printhost\.html\.\n$/);
    const html = readFileSync(output, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Turn on RestrictAnonymous');
    expect(html).toMatch(/RestrictAnonymous: 0 before, 1 after/i);
  });

  it('makes one report of an office round from several collected folders, names hidden', async () => {
    const first = temporaryDirectory('wgd-collected-');
    const second = temporaryDirectory('wgd-collected-');
    expect((await runCli(['collect', first, '--scenario', 'xp-print-host-at-limit'])).status).toBe(0);
    expect((await runCli(['collect', second, '--scenario', 'win10-office-near-limit'])).status).toBe(0);
    const result = await runCli(['report', '--from', first, '--from', second, '--format', 'json', '--anonymize']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ format: 'workgroup-doctor-report', version: 1, anonymized: true });
    expect(report.pcs.map((pc: { computerName: string; verdict: string }) => [pc.computerName, pc.verdict])).toEqual([
      ['computer-1', 'critical'],
      [expect.stringMatching(/^computer-\d+$/), 'warning'],
    ]);
    expect(result.stdout).not.toMatch(/PRINTHOST|OFFICE2|192\.168\./i);
  });

  // What a trainer or a technician hands over must exist for every demo PC: one self-contained HTML
  // file (no scripts, no external resources) holding every finding of the JSON report of the same PC.
  it.each(BUILT_IN_SCENARIOS.map((scenario) => scenario.id))('reports demo PC %s as self-contained HTML with every finding', async (id) => {
    const output = path.join(temporaryDirectory('wgd-report-'), `${id}.html`);
    expect((await runCli(['report', '--scenario', id, '--output', output])).status).toBe(0);
    const json = await runCli(['report', '--scenario', id, '--format', 'json']);
    expect(json.status).toBe(0);
    const [pc] = JSON.parse(json.stdout).pcs as { label: string; computerName: string | null; findings: { title: string }[] }[];
    const html = readFileSync(output, 'utf8');
    expect(html).not.toMatch(/<script|<link|<iframe|<img|\bsrc=|url\(/i);
    // Without the Server service or administrator rights the computer's name may be unread; the label names it then.
    expect(html).toContain(escapeHtml(pc!.computerName ?? pc!.label));
    expect(pc!.findings.length).toBeGreaterThan(0);
    for (const finding of pc!.findings) expect(html).toContain(escapeHtml(finding.title));
  });

  it('reports outputs collected on an XP PC as Markdown, with its printer share', async () => {
    const folder = temporaryDirectory('wgd-collected-xp-');
    expect((await runCli(['collect', folder, '--scenario', 'xp-print-host-at-limit'])).status).toBe(0);
    const result = await runCli(['report', '--from', folder, '--format', 'md']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^# Workgroup Doctor report\n/);
    expect(result.stdout).toContain('Windows XP');
    expect(result.stdout).toContain('All 10 connection slots are in use');
    expect(result.stdout).toMatch(/\\\\PIPE\\\\spoolss|\\PIPE\\spoolss/);
  });

  it('refuses an unknown format and --from with --scenario (exit 2)', async () => {
    expect((await runCli(['report', '--format', 'pdf'])).status).toBe(2);
    expect((await runCli(['report', '--from', 'x', '--scenario', 'y'])).status).toBe(2);
  });
});
