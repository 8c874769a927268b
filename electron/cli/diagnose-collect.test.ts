import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli } from './testing/run-cli';

const temporaryDirectory = () => mkdtempSync(path.join(tmpdir(), 'wgd-collect-'));

describe('workgroup-doctor diagnose and collect', () => {
  it('diagnoses a simulated PC as JSON with the documented fields', async () => {
    const result = await runCli(['diagnose', '--scenario', 'xp-print-host-at-limit', '--role', 'host', '--json']);
    expect(result.status).toBe(4);
    const json = JSON.parse(result.stdout);
    expect(json.os).toEqual({ name: 'Microsoft Windows XP', build: 2600, edition: null });
    expect(json.limit).toEqual({ max: 10, source: 'net-config-server' });
    expect(json.sessions).toEqual({ total: 10, null: 4 });
    expect(json.findings[0]).toMatchObject({ id: 'limit-reached', severity: 'critical', title: 'All 10 connection slots are in use' });
    expect(json.findings[0].evidence[0]).toMatchObject({ source: 'net-config-server', text: expect.stringMatching(/10$/) });
    expect(json.actions[0]).toMatchObject({ id: 'method-1', recommended: true, reason: expect.stringContaining('4') });
  });

  it('prints a readable report without --json', async () => {
    const result = await runCli(['diagnose', '--scenario', 'win10-office-near-limit']);
    expect(result.status).toBe(3);
    expect(result.stdout).toContain('Connection limit: 20. Limit read from this PC (net config server).');
    expect(result.stdout).toContain('[Warning] Almost all connection slots are in use (19 of 20)  (limit-near)');
    expect(result.stdout).toContain('What to do:');
  });

  it.each([
    ['win11-healthy', 0, 'nothing wrong found'],
    ['win10-office-near-limit', 3, 'warnings only'],
    ['win10-not-elevated', 3, 'something could not be checked'],
    ['xp-print-host-at-limit', 4, 'a problem found'],
    ['win10-server-service-stopped', 4, 'a problem found'],
  ])('diagnose --scenario %s exits %i: %s', async (id, status) => {
    const result = await runCli(['diagnose', '--scenario', id, '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(status);
  });

  it('collects a PC into a folder that diagnoses exactly like the PC itself', async () => {
    const folder = temporaryDirectory();
    const collected = await runCli(['collect', folder, '--scenario', 'win10-german-cp850']);
    expect(collected.status).toBe(0);
    expect(collected.stdout).toMatch(/^Saved 13 files from simulated PC/);
    expect(readFileSync(path.join(folder, 'net-session.txt'), 'utf8')).toContain('jürgen');
    expect(JSON.parse(readFileSync(path.join(folder, 'meta.json'), 'utf8'))).toMatchObject({ consoleCodePage: 850, computerName: 'BUERO-PC', elevated: true });
    const fromFolder = JSON.parse((await runCli(['diagnose', '--from', folder, '--role', 'host', '--json'])).stdout);
    const fromPc = JSON.parse((await runCli(['diagnose', '--scenario', 'win10-german-cp850', '--role', 'host', '--json'])).stdout);
    expect(fromFolder.findings).toEqual(fromPc.findings);
    expect(fromFolder.actions).toEqual(fromPc.actions);
  });

  it('reads hand-collected files in the code page meta.json names; missing files are "not read"', async () => {
    const folder = temporaryDirectory();
    const table = [
      '',
      'Computer               User name            Client Type       Opens Idle time',
      '',
      '-'.repeat(79),
      '\\\\192.168.178.22                                             1 08:20:00',
      'Der Befehl wurde erfolgreich ausgeführt.',
      '',
    ].join('\r\n');
    writeFileSync(path.join(folder, 'net-session.txt'), iconv.encode(table, 'cp850'));
    writeFileSync(path.join(folder, 'meta.json'), '{"codePage": 850}');
    const json = JSON.parse((await runCli(['diagnose', '--from', folder, '--json'])).stdout);
    expect(json.sessions).toEqual({ total: 1, null: 1 });
    expect(json.sources['net-file']).toEqual({ status: 'not-run', reason: 'not-collected' });
    expect(json.limit).toEqual({ max: null, source: 'unknown' });
  });

  it('reads a saved error message as a failed source, not as an empty list', async () => {
    const folder = temporaryDirectory();
    writeFileSync(path.join(folder, 'net-session.txt'), 'System error 5 has occurred.\r\n\r\nAccess is denied.\r\n\r\n');
    const json = JSON.parse((await runCli(['diagnose', '--from', folder, '--json'])).stdout);
    expect(json.sessions).toBeNull();
    expect(json.findings.map((f: { id: string }) => f.id)).toContain('not-elevated');
  });

  it.each([
    [['diagnose', '--from', '/no/such/folder'], 1, /\/no\/such\/folder does not exist/],
    [['diagnose', '--scenario', 'no-such-pc'], 2, /there is no scenario "no-such-pc"/],
    [['diagnose', '--from', 'x', '--scenario', 'y'], 2, /not both/],
    [['diagnose', '--role', 'boss', '--scenario', 'win11-healthy'], 2, /--role must be host or client/],
    [['collect'], 2, /needs the folder/],
  ])('refuses %j with exit %i and a clear message', async (args, status, message) => {
    const result = await runCli(args);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
  });

  it('says what to do when the collected folder has a corrupt meta.json, and reads nothing', async () => {
    const folder = temporaryDirectory();
    writeFileSync(path.join(folder, 'net-session.txt'), 'There are no entries in the list.\r\n');
    writeFileSync(path.join(folder, 'meta.json'), '{"codePage": 850,');
    const result = await runCli(['diagnose', '--from', folder]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/meta\.json is not valid JSON .*Fix or delete meta\.json/);
  });

  it('refuses to read "this PC" on a computer that is not Windows, pointing at the alternatives', async () => {
    if (process.platform === 'win32') return;
    const result = await runCli(['diagnose']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/does not run Windows.*--scenario.*--from/);
  });

  it('reads a custom scenario file, and names the field that is wrong in a bad one', async () => {
    const folder = temporaryDirectory();
    const good = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../shared/simulated-host/scenarios/win11-healthy.json'), 'utf8'));
    writeFileSync(path.join(folder, 'mine.json'), JSON.stringify({ ...good, id: 'mine', sessions: [] }));
    expect((await runCli(['diagnose', '--scenario', path.join(folder, 'mine.json'), '--json'])).status).toBe(0);
    writeFileSync(path.join(folder, 'bad.json'), JSON.stringify({ ...good, codePage: 'cp850', sessions: [{ computer: 'A' }] }));
    const bad = await runCli(['diagnose', '--scenario', path.join(folder, 'bad.json')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad\.json is not a valid scenario: .*codePage must be a code page number.*sessions\[0\]\.user is missing/);
  });
});
