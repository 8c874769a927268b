import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_DIR_ENV } from '../host';
import { expectCleanRefusal } from './testing/bad-input';
import { runCli } from './testing/run-cli';

let saved: string | undefined;
beforeEach(() => {
  saved = process.env[DATA_DIR_ENV];
  process.env[DATA_DIR_ENV] = mkdtempSync(path.join(tmpdir(), 'wgd-cli-remote-'));
});
afterEach(() => {
  if (saved === undefined) delete process.env[DATA_DIR_ENV];
  else process.env[DATA_DIR_ENV] = saved;
});

const LAPTOP = ['--scenario', 'win10-client-shares-printer'];

describe('workgroup-doctor check-remote', () => {
  it('the office PC is full: exit 4, what to do there, and that this laptop shares a printer', async () => {
    const result = await runCli(['check-remote', 'OFFICE-PC', ...LAPTOP]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(4);
    expect(result.stdout).toBe(
      [
        'Workgroup Doctor: checking OFFICE-PC from simulated PC "Windows 10 laptop that shares its printer (Method 2)"',
        '',
        'OFFICE-PC is full: it answered with System error 71, so it has reached its connection limit right now.',
        'The fix belongs on OFFICE-PC: run Workgroup Doctor there. It shows who holds the connections; Method 1 (stop anonymous connections) is made there, and Method 2 (stop sharing printers) on the computers that share a printer.',
        'This PC shares a printer too, so it is one of those computers: Method 2 is offered here under Choose a fix.',
        '',
      ].join('\n'),
    );
  });

  it('--json: the answer as data', async () => {
    const result = await runCli(['check-remote', '\\\\office-pc', ...LAPTOP, '--json']);
    expect(result.status).toBe(4);
    expect(JSON.parse(result.stdout)).toMatchObject({ computer: 'office-pc', answer: 'at-limit', systemError: 71, shares: [], thisPcSharesPrinter: true });
  });

  it('a computer that answers: exit 0, with its shares', async () => {
    const result = await runCli(['check-remote', 'NAS', ...LAPTOP, '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      answer: 'answered',
      systemError: null,
      shares: [
        { name: 'Archive', type: 'Disk', comment: 'Old projects' },
        { name: 'Scans', type: 'Disk', comment: '' },
      ],
      thisPcSharesPrinter: null,
    });
  });

  it('a name that is not found: exit 3, and the words say so', async () => {
    const result = await runCli(['check-remote', 'NOBODY', ...LAPTOP]);
    expect(result.status).toBe(3);
    expect(result.stdout).toContain('NOBODY could not be found or reached on the network (System error 53)');
  });

  it.each([
    [['check-remote', ...LAPTOP], 2, 'workgroup-doctor check-remote: name the computer to check'],
    [
      ['check-remote', 'PC & calc', ...LAPTOP],
      2,
      'workgroup-doctor check-remote: "PC & calc" is not a computer name Workgroup Doctor will pass to Windows (shell-character).',
    ],
    [['check-remote', 'A', 'B', ...LAPTOP], 2, 'workgroup-doctor check-remote: unexpected argument "B"'],
    [['check-remote', 'A', '--from', 'x'], 2, 'workgroup-doctor check-remote: unknown option --from'],
  ])('%j: one line, exit %i', async (args, status, line) => {
    expect(expectCleanRefusal(await runCli(args), [status])).toContain(line);
  });
});
