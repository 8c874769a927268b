import { describe, expect, it } from 'vitest';
import { renderNetFile } from './net-file';
import { asCopied } from './testing/published-text';
import documented_01 from '../../fixtures/documented-layout/net-file__documented__en__01.txt?raw';
import documented_02 from '../../fixtures/documented-layout/net-file__documented__en__02.txt?raw';

// No real capture of `net file` exists (INDEX.md, gaps). Documented-layout fixtures: NOT real captures.
describe('renderNetFile against documented-layout fixtures (not real captures)', () => {
  it('equals fixture 01 modulo line endings and net.exe’s closing empty line: pipes, a user with a space, a path cut to 39 cells', () => {
    const text = renderNetFile(
      [
        { id: 1207959577, path: '\\PIPE\\spoolss', user: 'Maria Lopez', locks: 0 },
        { id: 1207959581, path: '\\PIPE\\srvsvc', user: 'alice', locks: 0 },
        { id: 1207959602, path: 'D:\\Shares\\Office\\Price list 2024.xlsx', user: 'alice', locks: 0 },
        { id: 1207959623, path: 'D:\\Shares\\Accounting\\2024\\Quarterly report Q3.xlsx', user: 'bob', locks: 2 },
        { id: 42, path: 'C:\\Users\\Public', user: 'bob', locks: 0 },
      ],
      'en',
    );
    expect(asCopied(text)).toBe(documented_01);
  });

  it('equals fixture 02 when nothing is open: the empty-list notice', () => {
    expect(asCopied(renderNetFile([], 'en'))).toBe(documented_02);
  });

  it('writes CRLF and ends with net.exe’s empty line', () => {
    const text = renderNetFile([{ id: 1, path: 'C:\\a', user: '', locks: 0 }], 'en');
    expect(text.split('\r\n')).toEqual([
      '',
      'ID         Path                                    User name            # Locks',
      '',
      '-'.repeat(79),
      `1          C:\\a${' '.repeat(35)} ${' '.repeat(20)} 0`,
      'The command completed successfully.',
      '',
      '',
    ]);
  });

  it('prints the German header and notice', () => {
    expect(renderNetFile([], 'de')).toBe('Es sind keine Einträge in der Liste.\r\n\r\n');
    expect(renderNetFile([{ id: 1, path: 'C:\\a', user: 'jürgen', locks: 0 }], 'de').split('\r\n')[1]).toBe(
      'ID         Pfad                                    Benutzername         # Sperren',
    );
  });
});
