import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DATA_DIR_ENV } from '../host';
import { expectCleanRefusal } from './testing/bad-input';
import { runCli, testCliContext } from './testing/run-cli';

const fixtures = path.resolve(import.meta.dirname, '../../shared/fixtures/windows-outputs');
const repository = path.resolve(import.meta.dirname, '../..');

function tempFile(name: string, bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'wgd-cli-')), name);
  writeFileSync(file, bytes);
  return file;
}

describe('workgroup-doctor parse', () => {
  it('prints a net session capture as JSON with the documented field names', async () => {
    const result = await runCli(['parse', 'net-session', path.join(fixtures, 'net-session__win10__en__01.txt')]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).sessions).toEqual([{ computer: '10.10.75.1', user: 'sec504', clientType: '', opens: 5, idleSeconds: 117, lineNumber: 5 }]);
  });

  it('reads standard input with -', async () => {
    const result = await runCli(
      ['parse', 'net-share', '-'],
      'Share name   Resource                        Remark\r\n\r\n' + '-'.repeat(79) + '\r\nIPC$                                         Remote IPC\r\n',
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).shares).toMatchObject([{ name: 'IPC$', resource: '', remark: 'Remote IPC' }]);
  });

  it('decodes a file in the code page given with --codepage, and reports the error number', async () => {
    const file = tempFile('error.txt', iconv.encode('发生系统错误 5。\r\n\r\n拒绝访问。\r\n', 'cp936'));
    const result = await runCli(['parse', 'net-session', file, '--codepage', '936']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ sessions: [], systemError: 5 });
  });

  it('reads a UTF-16 file with a byte-order mark, as PowerShell 5.1 saves it', async () => {
    const text =
      '\r\nActive Connections\r\n\r\n  Proto  Local Address          Foreign Address        State           PID\r\n  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4\r\n';
    const file = tempFile('netstat.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]));
    const result = await runCli(['parse', 'netstat', file]);
    expect(JSON.parse(result.stdout).connections).toMatchObject([{ proto: 'TCP', local: '0.0.0.0:445', state: 'LISTENING', pid: 4 }]);
  });

  it('exits 0 with an empty result for text that is not the command’s output', async () => {
    const result = await runCli(['parse', 'net-file', tempFile('garbage.txt', Buffer.from('hello\nworld\n'))]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      files: [],
      unrecognizedLines: [
        { lineNumber: 1, text: 'hello' },
        { lineNumber: 2, text: 'world' },
      ],
    });
  });

  it.each([
    [['parse', 'not-a-kind', 'x.txt'], 2, /unknown kind "not-a-kind"/],
    [['parse', 'net-session'], 2, /needs a kind and a file/],
    [['parse', 'net-session', 'x', '--codepage', 'klingon'], 2, /unknown code page/],
    [['parse', 'net-session', '/no/such/file.txt'], 1, /\/no\/such\/file\.txt does not exist\./],
    [['parse', 'net-session', 'x', '--bogus'], 2, /unknown option --bogus\n/],
    [['frobnicate'], 2, /unknown command "frobnicate"/],
  ])('refuses %j with exit %i and a clear message', async (args, status, message) => {
    const result = await runCli(args);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});

describe('the command line’s manners', () => {
  it('--version prints the version and exits 0', async () => {
    expect(await runCli(['--version'])).toEqual({ status: 0, stdout: 'workgroup-doctor 0.0.0-test\n', stderr: '' });
  });

  it.each([
    [['daignose'], 'workgroup-doctor: unknown command "daignose" (did you mean diagnose?). "workgroup-doctor help" lists the commands.'],
    [['pla', 'method-1'], 'workgroup-doctor: unknown command "pla" (did you mean plan?). "workgroup-doctor help" lists the commands.'],
    [['help', 'nope'], 'workgroup-doctor: unknown command "nope". "workgroup-doctor help" lists the commands.'],
    [['help', 'aply'], 'workgroup-doctor: unknown command "aply" (did you mean apply?). "workgroup-doctor help" lists the commands.'],
    [['diagnose', '--jsn'], 'workgroup-doctor diagnose: unknown option --jsn (did you mean --json?)'],
    [['plan', 'method-2', '--printers', 'X'], 'workgroup-doctor plan: unknown option --printers (did you mean --printer?)'],
    [['diagnose', '--frobnicate'], 'workgroup-doctor diagnose: unknown option --frobnicate'],
  ])('%j: one line that suggests the nearest name, exit 2', async (args, line) => {
    const run = await runCli(args);
    expect(expectCleanRefusal(run, [2])).toBe(line);
    expect(run.stdout).toBe('');
  });

  it('help on a command prints its usage and exits 0', async () => {
    const run = await runCli(['help', 'diagnose']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^workgroup-doctor diagnose /);
    expect(run.stdout).toContain('4 a problem');
  });
});

describe('the workgroup-doctor launcher', () => {
  it('builds itself on first use and runs under plain Node (what `npm run cli` does)', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['electron/cli/workgroup-doctor.mjs', 'parse', 'net-config-server', path.join(fixtures, 'net-config-server__win10__en__01.txt')],
      { cwd: repository },
    );
    expect(JSON.parse(stdout)).toMatchObject({
      serverName: 'DESKTOP-8GB0J2A',
      softwareVersion: 'Windows 10 Pro',
      maxLoggedOnUsers: 20,
      idleSessionMinutes: 15,
    });
  });
});

describe('an error that is a bug', () => {
  const controls = '\u001b[31m\u0007\u009b2J\u202e\r\n';
  const broken = testCliContext({
    env: { ...process.env, [DATA_DIR_ENV]: mkdtempSync(path.join(tmpdir(), 'wgd-cli-data-')) },
    fakeCommandModule: () => Promise.reject(new Error(`the fake programs are missing${controls}`)),
  });

  it('is one line that says what happened and what to do, without a stack', async () => {
    const run = await runCli(['diagnose', '--scenario', 'win11-healthy'], '', broken);
    expect(expectCleanRefusal(run, [1])).toBe(
      'workgroup-doctor diagnose: unexpected error: the fake programs are missing\\u001b[31m\\u0007\\u009b2J\\u202e\\u000d\\u000a. This is a bug in Workgroup Doctor; run the same command again with --verbose and send what it prints to https://github.com/workgroup-doctor/workgroup-doctor/issues.',
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('shows its stack trace, escaped, only with --verbose (any command takes it)', async () => {
    const run = await runCli(['diagnose', '--scenario', 'win11-healthy', '--verbose'], '', broken);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /please send everything below to https:\/\/github\.com\/workgroup-doctor\/workgroup-doctor\/issues\.\nError: the fake programs are missing\\u001b/,
    );
    expect(run.stderr).toMatch(/^\s+at /m);
    // eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect((await runCli(['parse', 'net-file', '-', '--verbose'], 'x')).status).toBe(0);
    expect((await runCli(['changes', '--scenario', 'win11-healthy', '--verbose'], '', broken)).stderr).not.toMatch(/unknown option/);
  });
});
