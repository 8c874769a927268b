import { describe, expect, it } from 'vitest';
import { parseNetFile } from './net-file';
import openFiles from '../fixtures/documented-layout/net-file__documented__en__01.txt?raw';
import emptyList from '../fixtures/documented-layout/net-file__documented__en__02.txt?raw';

// No public capture of `net file` with rows exists. The fixtures follow the header in net.exe's message
// table ("ID         Path                                    User name            # Locks") with rows in
// those columns, and Sysinternals' PsFile page, which says net file truncates long paths. They are NOT
// real captures.
describe('parseNetFile on the documented layout (not a real capture)', () => {
  it('reads named pipes, a path and a user name with spaces, a truncated path and a short id', () => {
    expect(parseNetFile(openFiles)).toEqual({
      files: [
        { id: 1207959577, path: '\\PIPE\\spoolss', user: 'Maria Lopez', locks: 0, pathMayBeTruncated: false, isNamedPipe: true, lineNumber: 5 },
        { id: 1207959581, path: '\\PIPE\\srvsvc', user: 'alice', locks: 0, pathMayBeTruncated: false, isNamedPipe: true, lineNumber: 6 },
        {
          id: 1207959602,
          path: 'D:\\Shares\\Office\\Price list 2024.xlsx',
          user: 'alice',
          locks: 0,
          pathMayBeTruncated: false,
          isNamedPipe: false,
          lineNumber: 7,
        },
        {
          id: 1207959623,
          path: 'D:\\Shares\\Accounting\\2024\\Quarterly rep',
          user: 'bob',
          locks: 2,
          pathMayBeTruncated: true,
          isNamedPipe: false,
          lineNumber: 8,
        },
        { id: 42, path: 'C:\\Users\\Public', user: 'bob', locks: 0, pathMayBeTruncated: false, isNamedPipe: false, lineNumber: 9 },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('reads the empty-list notice as a message', () => {
    expect(parseNetFile(emptyList)).toEqual({ files: [], messages: ['There are no entries in the list.'], unrecognizedLines: [] });
  });

  const header = 'ID         Path                                    User name            # Locks';
  const rule = '-'.repeat(79);

  it('reads a pipe held by a null session (blank user), CRLF and a missing completion line', () => {
    const text = ['', header, '', rule, '1207959590 \\PIPE\\spoolss                                                0', ''].join('\r\n');
    expect(parseNetFile(text)).toEqual({
      files: [{ id: 1207959590, path: '\\PIPE\\spoolss', user: '', locks: 0, pathMayBeTruncated: false, isNamedPipe: true, lineNumber: 5 }],
      messages: [],
      unrecognizedLines: [],
    });
  });

  it('reads a long path that pushes the other columns right instead of being cut', () => {
    const text = [
      header,
      rule,
      '1207959700 D:\\Shares\\Accounting\\2024\\Quarterly reports\\Q3 summary.xlsx bob                  1',
      '1207959701 C:\\Users\\Public\\Documents\\A very long folder name\\notes.txt  Maria Lopez          0',
      // A space of the path falls on the separator before the user column: still one path.
      '1207959702 D:\\Shares\\Accounting\\2024\\Quarterly rep ts\\Q3.xlsx bob                  0',
    ].join('\n');
    expect(parseNetFile(text).files).toEqual([
      {
        id: 1207959700,
        path: 'D:\\Shares\\Accounting\\2024\\Quarterly reports\\Q3 summary.xlsx',
        user: 'bob',
        locks: 1,
        pathMayBeTruncated: true,
        isNamedPipe: false,
        lineNumber: 3,
      },
      {
        id: 1207959701,
        path: 'C:\\Users\\Public\\Documents\\A very long folder name\\notes.txt',
        user: 'Maria Lopez',
        locks: 0,
        pathMayBeTruncated: true,
        isNamedPipe: false,
        lineNumber: 4,
      },
      {
        id: 1207959702,
        path: 'D:\\Shares\\Accounting\\2024\\Quarterly rep ts\\Q3.xlsx',
        user: 'bob',
        locks: 0,
        pathMayBeTruncated: true,
        isNamedPipe: false,
        lineNumber: 5,
      },
    ]);
  });

  it('reports a line in the table that is not an open file, and keeps duplicated completion lines', () => {
    const text = [
      header,
      rule,
      '7          \\PIPE\\wkssvc                            carol                0',
      'garbage 12',
      '8          E:\\Projects\\plan.docx                   carol                1',
      'The command completed successfully.',
      'The command completed successfully.',
    ].join('\n');
    const result = parseNetFile(text);
    expect(result.files.map((file) => [file.id, file.path, file.user, file.locks])).toEqual([
      [7, '\\PIPE\\wkssvc', 'carol', 0],
      [8, 'E:\\Projects\\plan.docx', 'carol', 1],
    ]);
    expect(result.unrecognizedLines).toEqual([{ lineNumber: 4, text: 'garbage 12' }]);
    expect(result.messages).toEqual(['The command completed successfully.', 'The command completed successfully.']);
  });

  it('reads a localized empty-list notice and reports longer text without a table', () => {
    expect(parseNetFile('Es sind keine Einträge in der Liste.\r\n')).toEqual({
      files: [],
      messages: ['Es sind keine Einträge in der Liste.'],
      unrecognizedLines: [],
    });
    expect(parseNetFile('发生系统错误 5。\r\n\r\n拒绝访问。\r\n').unrecognizedLines).toEqual([
      { lineNumber: 1, text: '发生系统错误 5。' },
      { lineNumber: 3, text: '拒绝访问。' },
    ]);
  });
});
