import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR_ENV } from '../host/data-folder';
import { DEMO_TIME_SCALE_ENV } from '../host/simulated-host/demo-time-scale';
import { expectCleanRefusal } from './testing/bad-input';
import { runCli, testCliContext } from './testing/run-cli';
import { bundleCommandLine } from './typescript-launcher.mjs';

const CLI = path.resolve(import.meta.dirname, 'workgroup-doctor.mjs');
/** The simulated PC's day ten times faster than real time: the XP print host fills its slots in about 6 seconds. */
const environment = () => ({ ...process.env, [DATA_DIR_ENV]: mkdtempSync(path.join(tmpdir(), 'wgd-monitor-cli-')), [DEMO_TIME_SCALE_ENV]: '10' });
const XP = ['--scenario', 'xp-print-host-at-limit'];

interface JsonLine {
  time: string;
  sessions: { total: number; null: number } | null;
  limit: number | null;
  joined: { computer: string; user: string; opened: string[] }[];
  left: { computer: string; user: string; opened: string[] }[];
}

describe('workgroup-doctor monitor', () => {
  it('--count and --json: one JSON object per check, the first one the start of the simulated PC’s day', async () => {
    const run = await runCli(['monitor', ...XP, '--json', '--count', '2', '--interval', '2'], '', testCliContext({ env: environment() }));
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const checks = lines.map((line) => JSON.parse(line) as JsonLine);
    expect(checks[0]).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      sessions: { total: 5, null: 2 },
      limit: 10,
      joined: [],
      left: [],
    });
    for (const check of checks) expect(Object.keys(check)).toEqual(['time', 'sessions', 'limit', 'joined', 'left']);
    expect(Date.parse(checks[1]!.time)).toBeGreaterThan(Date.parse(checks[0]!.time));
    expect(run.stderr).toBe(
      'Watching the connections of simulated PC "Windows XP Professional print host, all 10 slots used", every 2 seconds. Press Ctrl+C to stop.\nStopped watching.\n',
    );
  });

  it('prints a readable line per check', async () => {
    const run = await runCli(['monitor', ...XP, '--count', '1'], '', testCliContext({ env: environment() }));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^Watching the connections of simulated PC ".*", every 5 seconds\. Press Ctrl\+C to stop\.\n\d\d:\d\d:\d\d {2}5 of 10 in use, 2 anonymous\nStopped watching\.\n$/,
    );
  });

  // The monitor's German and Thai words come with the next translation pass; until then the catalog
  // falls back to English, so this checks that --lang is taken, not which words it gives.
  it('takes --lang as every command does; --json is the same whatever the language', async () => {
    const text = await runCli(['monitor', ...XP, '--count', '1', '--lang', 'de'], '', testCliContext({ env: environment() }));
    expect(text.status).toBe(0);
    const json = await runCli(['monitor', ...XP, '--count', '1', '--json', '--lang', 'th'], '', testCliContext({ env: environment() }));
    expect(JSON.parse(json.stdout.trim())).toMatchObject({ sessions: { total: 5, null: 2 }, limit: 10, joined: [], left: [] });
    const unknown = await runCli(['monitor', ...XP, '--lang', 'xx'], '', testCliContext({ env: environment() }));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--lang "xx" is not a language Workgroup Doctor speaks/);
  });

  it.each([
    [['--interval', '1'], /--interval takes whole seconds from 2 to 60, not "1"/],
    [['--interval', '2.5'], /--interval takes whole seconds from 2 to 60/],
    [['--count', '0'], /--count takes a number of checks \(1 or more\), not "0"/],
    [['--from', 'saved'], /outputs collected on another PC cannot be watched/],
  ])('refuses %j with the usage', async (args, message) => {
    const run = await runCli(['monitor', ...XP, ...args], '', testCliContext({ env: environment() }));
    expect(expectCleanRefusal(run, [2])).toMatch(message);
  });
});

describe('workgroup-doctor monitor in a terminal', () => {
  beforeAll(async () => {
    await bundleCommandLine();
  }, 300_000);

  it('watches the XP print host fill up until no slot is left, and stops cleanly on Ctrl+C', async () => {
    const child = spawn(process.execPath, [CLI, 'monitor', ...XP, '--json', '--interval', '2'], { env: environment(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    const checks: JsonLine[] = [];
    let interrupted = false;
    for await (const line of createInterface({ input: child.stdout })) {
      checks.push(JSON.parse(line) as JsonLine);
      // Ctrl+C once the slots ran out, however long this machine took to get there.
      if (!interrupted && checks.at(-1)!.sessions?.total === 10) interrupted = child.kill('SIGINT');
    }
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(stderr).toMatch(/Stopped watching\.\n$/);
    expect(checks[0]!.sessions).toEqual({ total: 5, null: 2 });
    expect(checks.at(-1)).toMatchObject({ sessions: { total: 10, null: 4 }, limit: 10 });
    expect(checks.flatMap((check) => check.joined)).toContainEqual({ computer: 'LAPTOP1', user: '', opened: ['\\PIPE\\spoolss'] });
  });
});
