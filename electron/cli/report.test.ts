import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

  it('refuses an unknown format and --from with --scenario (exit 2)', async () => {
    expect((await runCli(['report', '--format', 'pdf'])).status).toBe(2);
    expect((await runCli(['report', '--from', 'x', '--scenario', 'y'])).status).toBe(2);
  });
});
