import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHostFacts } from '../../../shared/diagnosis/host-facts';
import { CollectedFolderError, readCollectedFolder } from './collected-folder';

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'wgd-collected-'));
  for (const [name, text] of Object.entries({ 'net-session.txt': 'There are no entries in the list.\r\n', ...files }))
    writeFileSync(path.join(folder, name), text);
  return folder;
}

function errorOf(folder: string): string {
  try {
    readCollectedFolder(folder);
  } catch (error) {
    expect(error).toBeInstanceOf(CollectedFolderError);
    return (error as Error).message;
  }
  throw new Error('the folder was read');
}

describe('readCollectedFolder', () => {
  it('reads the meta.json collect writes, failures and durations included', () => {
    const meta = {
      consoleCodePage: 850,
      collectedAt: '2026-05-04T09:12:33.120Z',
      computerName: 'BUERO-PC',
      elevated: false,
      versions: { workgroupDoctor: '0.1.0', node: 'v20.20.2' },
      failures: { 'net-session': { kind: 'access-denied' }, nbtstat: { kind: 'program-missing', path: 'C:\\Windows\\System32\\nbtstat.exe' } },
      durationsMs: { 'net-session': 120.5 },
    };
    const { readings, meta: read } = readCollectedFolder(folderWith({ 'meta.json': JSON.stringify(meta), 'nbtstat-s.txt': '' }));
    expect(read).toEqual(meta);
    expect(readings.sources['net-session']).toMatchObject({ status: 'failed', failure: { kind: 'access-denied' }, durationMs: 120.5 });
    expect(readings.elevated).toBe(false);
  });

  it.each([
    ['an unknown failure kind', { failures: { 'net-session': { kind: 'explode' } } }, 'failures["net-session"].kind must be one of "program-missing"'],
    [
      'a failure of an unknown source',
      { failures: { 'net-sessions': { kind: 'access-denied' } } },
      'failures: the name "net-sessions" must be one of "net-session"',
    ],
    ['a list where a failure belongs', { failures: { nbtstat: [] } }, 'failures.nbtstat must be an object (it is a list of 0)'],
    ['a failure without its detail', { failures: { nbtstat: { kind: 'system-error' } } }, 'failures.nbtstat.code is missing'],
    ['a code page as text', { codePage: '850' }, 'codePage must be a code page number (it is "850")'],
    ['a code page nobody can read', { codePage: 12345 }, 'codePage must be a code page this app can read'],
    ['a misspelt field', { codepage: 850 }, 'codepage is not a known field'],
    ['a word for elevated', { elevated: 'yes' }, 'elevated must be true, false or null (it is "yes")'],
    ['a negative duration', { durationsMs: { netstat: -5 } }, 'durationsMs.netstat must be at least 0 (it is -5)'],
    ['a number for a version', { versions: { node: 20 } }, 'versions.node must be text (it is 20)'],
    ['a list for meta.json', [], 'the value must be an object (it is a list of 0)'],
  ])('refuses %s in one line that names the file and the field, and says what to do', (_what, meta, field) => {
    const folder = folderWith({ 'meta.json': JSON.stringify(meta) });
    const message = errorOf(folder);
    expect(message).toContain(`${path.join(folder, 'meta.json')}: `);
    expect(message).toContain(field);
    expect(message).toMatch(/Fix or delete meta\.json; every other file can be read without it\.$/);
    expect(message).not.toContain('\n');
  });

  it('a printers.json that is not Get-Printer output is one unreadable source in the diagnosis; the rest is read', () => {
    const { readings } = readCollectedFolder(folderWith({ 'printers.json': '[{"Name": "HP", "Shared": "sometimes"}]' }));
    expect(readings.sources['net-session'].status).toBe('ok');
    expect(readHostFacts(readings).failures).toContainEqual({
      source: 'printers',
      failure: { kind: 'unreadable-output', reason: '[0].Shared must be true or false (it is "sometimes")' },
    });
  });

  it('leaves a Windows error saved as printers.json to the diagnosis, which recognizes it', () => {
    const { readings } = readCollectedFolder(folderWith({ 'printers.json': 'System error 5 has occurred.\r\n\r\nAccess is denied.\r\n' }));
    expect(readings.sources.printers.status).toBe('ok');
  });
});
