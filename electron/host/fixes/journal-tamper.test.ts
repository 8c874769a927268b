import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findKey, findValue, LSA_KEY } from '../../../shared/simulated-host/host-registry';
import { fixturePcAfter, pcWithJournal } from './testing/pc-with-journal';

/**
 * The journal lives in a folder any program running as the user can write, and undo runs as an
 * administrator: a journal that says anything but facts in format 1 must be refused as damaged, kept
 * byte for byte, and nothing may start. "Nothing started" is read from the fake programs' own record of
 * every process started on the simulated PC, not from what the app says it did.
 */
const fixture = readFileSync(path.resolve(import.meta.dirname, '../../../shared/fixes/fixtures/journal-v1.json'), 'utf8');

type Journal = { entries: Record<string, unknown>[] } & Record<string, unknown>;
const METHOD_1 = 2;
const INTERRUPTED_METHOD_2 = 5;

function tampered(change: (journal: Journal) => void): string {
  const journal = JSON.parse(fixture) as Journal;
  change(journal);
  return JSON.stringify(journal, null, 2);
}

const entry = (journal: Journal, index: number) => journal.entries[index] as Record<string, any>;

/** The attack from the issue, in the journal format before this one: an undo step that is a program to run. */
const OLD_FORMAT_ATTACK = JSON.stringify({
  version: 1,
  entries: [
    {
      id: '2026-03-02T08-20-11-250Z-method-1',
      request: { action: 'method-1' },
      status: 'applied',
      plan: {
        steps: [
          {
            command: {
              program: 'reg',
              args: ['add', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa', '/v', 'RestrictAnonymous', '/t', 'REG_DWORD', '/d', '1', '/f'],
            },
            check: { kind: 'registry-value', key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa', name: 'RestrictAnonymous', data: 1 },
            undo: [
              { program: 'powershell', args: ['-NoProfile', '-Command', 'Start-Process calc.exe'], env: { PATH: 'C:\\evil' }, purpose: { key: 'app.title' } },
            ],
          },
        ],
        undoable: true,
      },
      stepsDone: 1,
      changed: [],
      commands: [],
    },
  ],
});

const CASES: readonly (readonly [string, string, RegExp])[] = [
  [
    'the issue’s attack: an undo step that starts PowerShell with a PATH of its own',
    OLD_FORMAT_ATTACK,
    /not a Workgroup Doctor journal \(its "format" is not "workgroup-doctor-journal"\)/,
  ],
  [
    'an injected PowerShell command',
    tampered((j) => (entry(j, METHOD_1).undo = [{ program: 'powershell', args: ['-NoProfile', '-Command', 'Start-Process calc.exe'] }])),
    /^entry 3 \(2026-03-02T08-20-11-250Z-method-1\), field undo: /,
  ],
  [
    'a registry key outside the allowlist',
    tampered((j) => (entry(j, METHOD_1).change.values[0].key = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run')),
    /^entry 3 \(2026-03-02T08-20-11-250Z-method-1\), field change\.values\[0\]\.key: HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\RestrictAnonymous is not a registry value Workgroup Doctor changes/,
  ],
  [
    'a registry value outside the allowlist in a key that has allowed ones',
    tampered((j) => (entry(j, METHOD_1).change.values[0].name = 'Security Packages')),
    /field change\.values\[0\]\.key: .*Lsa\\Security Packages is not a registry value Workgroup Doctor changes/,
  ],
  [
    'data the allowlist does not allow',
    tampered((j) => (entry(j, METHOD_1).change.values[0].before = 4294967295)),
    /field change\.values\[0\]\.before: 4294967295 is not data RestrictAnonymous may hold \(0-2\)/,
  ],
  [
    'reg import of a foreign file, named as a backup',
    tampered((j) => (entry(j, METHOD_1).backupFiles = ['..\\..\\..\\Users\\Public\\evil.reg'])),
    /field backupFiles\[0\]: is not the name of a file in the backups folder/,
  ],
  [
    'reg import of a foreign file, as a step',
    tampered((j) => (entry(j, METHOD_1).steps[0].command = { program: 'reg', args: ['import', 'C:\\Users\\Public\\evil.reg'] })),
    /field steps\[0\]\.command: /,
  ],
  [
    'a PATH in an environment',
    tampered((j) => (entry(j, INTERRUPTED_METHOD_2).change.printers[0].env = { PATH: 'C:\\evil' })),
    /^entry 6 \(2026-03-02T08-40-00-000Z-method-2\), field change\.printers\[0\]\.env: /,
  ],
  ['an extra field', tampered((j) => (entry(j, METHOD_1).restoreWith = 'anything')), /field restoreWith: /],
  ['an extra field at the top', tampered((j) => (j.hooks = [])), /^field hooks: /],
  [
    'a wrong type',
    tampered((j) => (entry(j, METHOD_1).change.values[0].before = '0')),
    /field change\.values\[0\]\.before: Invalid type: Expected .*number.* but received "0"/,
  ],
  [
    'a printer name that fails the name checks',
    tampered((j) => (entry(j, INTERRUPTED_METHOD_2).change.printers[0].name = 'Canon"; Start-Process calc.exe; "')),
    /field change\.printers\[0\]\.name: .* fails the printer name check \(shell-character\)/,
  ],
  [
    'a share name with a path in it',
    tampered((j) => (entry(j, INTERRUPTED_METHOD_2).change.printers[0].shareName = '..\\..\\evil')),
    /field change\.printers\[0\]\.shareName: .* fails the share name check \(path\)/,
  ],
  ['an action this version does not know', tampered((j) => (entry(j, METHOD_1).change.action = 'run-script')), /field change\.action: /],
];

describe('a journal that says anything but facts is damaged: refused, kept, nothing started', () => {
  it.each(CASES)('%s', async (_name, journal, reason) => {
    const { host, journalFile, started } = await pcWithJournal(fixturePcAfter(), journal);

    const listed = await host.changes();
    expect(listed).toMatchObject({ kind: 'damaged', path: journalFile });
    expect(listed.kind === 'damaged' && listed.reason).toMatch(reason);
    expect(await host.undo('all', 'client')).toMatchObject({ kind: 'refused', refusal: { reason: 'journal-damaged' } });
    expect(await host.undo('2026-03-02T08-20-11-250Z-method-1', 'client')).toMatchObject({ kind: 'refused', refusal: { reason: 'journal-damaged' } });
    expect(await host.apply({ action: 'method-1' }, 'client')).toMatchObject({ kind: 'refused', refusal: { reason: 'journal-damaged' } });

    expect(started()).toEqual([]);
    expect(readFileSync(journalFile, 'utf8')).toBe(journal);
  });

  it('the record of started programs is true: the untouched journal is undone, and what ran is listed', async () => {
    const { host, started, pc } = await pcWithJournal(fixturePcAfter(), fixture);
    expect(await host.undo('all', 'client')).toMatchObject({ kind: 'ran' });
    const programs = started().map(([program, ...args]) => [program, ...args.slice(0, 2)].join(' '));
    expect(programs).toContain('reg.exe add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa');
    expect(programs).toContain('net.exe config server');
    // Nothing but the allowlisted programs, and no script but the app's own.
    expect(new Set(started().map(([program]) => program))).toEqual(
      new Set(['chcp.com', 'net.exe', 'nbtstat.exe', 'NETSTAT.EXE', 'reg.exe', 'powershell.exe', 'fltmc.exe', 'sc.exe']),
    );
    expect(findValue(findKey(pc.host.state(), LSA_KEY)!.values, 'RestrictAnonymous')?.[1].data).toBe(0);
  });
});
