import { describe, expect, it } from 'vitest';
import { parseNetShareDetail } from './net-share-detail';
import unknown_01 from '../fixtures/windows-outputs/net-share-detail__unknown__en__01.txt?raw';
import win10_02 from '../fixtures/windows-outputs/net-share-detail__win10__en__02.txt?raw';
import unknown_03 from '../fixtures/windows-outputs/net-share-detail__unknown__en__03.txt?raw';

describe('parseNetShareDetail on real captures', () => {
  it('reads an administrative share with no users and a blank line before the completion line', () => {
    expect(parseNetShareDetail(unknown_01)).toEqual({
      share: {
        name: 'C$',
        path: 'C:\\',
        remark: 'Default share',
        maxUsers: null,
        maxUsersText: 'No limit',
        users: [],
        caching: 'Manual caching of documents',
        permissions: ['Everyone, FULL'],
      },
      fields: [
        { label: 'Share name', value: 'C$', continuation: [], lineNumber: 1 },
        { label: 'Path', value: 'C:\\', continuation: [], lineNumber: 2 },
        { label: 'Remark', value: 'Default share', continuation: [], lineNumber: 3 },
        { label: 'Maximum users', value: 'No limit', continuation: [], lineNumber: 4 },
        { label: 'Users', value: '', continuation: [], lineNumber: 5 },
        { label: 'Caching', value: 'Manual caching of documents', continuation: [], lineNumber: 6 },
        { label: 'Permission', value: 'Everyone, FULL', continuation: [], lineNumber: 7 },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('reads a connected user, a domain permission, a leading blank line and no completion line', () => {
    expect(parseNetShareDetail(win10_02)).toEqual({
      share: {
        name: 'C',
        path: 'C:\\',
        remark: '',
        maxUsers: null,
        maxUsersText: 'No limit',
        users: ['SAMSTEVENS'],
        caching: 'Caching disabled',
        permissions: ['windowsbox\\samstevens, FULL'],
      },
      fields: [
        { label: 'Share name', value: 'C', continuation: [], lineNumber: 2 },
        { label: 'Path', value: 'C:\\', continuation: [], lineNumber: 3 },
        { label: 'Remark', value: '', continuation: [], lineNumber: 4 },
        { label: 'Maximum users', value: 'No limit', continuation: [], lineNumber: 5 },
        { label: 'Users', value: 'SAMSTEVENS', continuation: [], lineNumber: 6 },
        { label: 'Caching', value: 'Caching disabled', continuation: [], lineNumber: 7 },
        { label: 'Permission', value: 'windowsbox\\samstevens, FULL', continuation: [], lineNumber: 8 },
      ],
      messages: [],
      unrecognizedLines: [],
    });
  });

  it('keeps both completion lines when a script ran net.exe twice', () => {
    expect(parseNetShareDetail(unknown_03)).toEqual({
      share: {
        name: 'Share',
        path: 'C:\\share',
        remark: '',
        maxUsers: null,
        maxUsersText: 'No limit',
        users: [],
        caching: 'Manual caching of documents',
        permissions: ['Everyone, CHANGE'],
      },
      fields: [
        { label: 'Share name', value: 'Share', continuation: [], lineNumber: 1 },
        { label: 'Path', value: 'C:\\share', continuation: [], lineNumber: 2 },
        { label: 'Remark', value: '', continuation: [], lineNumber: 3 },
        { label: 'Maximum users', value: 'No limit', continuation: [], lineNumber: 4 },
        { label: 'Users', value: '', continuation: [], lineNumber: 5 },
        { label: 'Caching', value: 'Manual caching of documents', continuation: [], lineNumber: 6 },
        { label: 'Permission', value: 'Everyone, CHANGE', continuation: [], lineNumber: 7 },
      ],
      messages: ['The command completed successfully.', 'The command completed successfully.'],
      unrecognizedLines: [],
    });
  });
});

// The Japanese labels come from a script that parses Japanese `net share NAME` output (LOCALIZED-HEADERS.md);
// the German labels and the continuation lines are written to the layout of the English captures. None of
// these texts is a real capture.
describe('parseNetShareDetail on the documented layout (not a real capture)', () => {
  it('reads Japanese labels, a numeric user limit, several users and permissions on indented lines', () => {
    const text = [
      '共有名            Docs',
      'パス              D:\\Docs',
      '注釈              部門の文書',
      '最大ユーザー数    5',
      'ユーザー          TANAKA  SUZUKI',
      '                  SATO',
      'キャッシュ        ドキュメントの手動キャッシュ',
      'アクセス許可      Everyone, READ',
      '                  BUILTIN\\Administrators, FULL',
      '',
      'コマンドは正常に終了しました。',
    ].join('\r\n');
    expect(parseNetShareDetail(text)).toEqual({
      share: {
        name: 'Docs',
        path: 'D:\\Docs',
        remark: '部門の文書',
        maxUsers: 5,
        maxUsersText: '5',
        users: ['TANAKA', 'SUZUKI', 'SATO'],
        caching: 'ドキュメントの手動キャッシュ',
        permissions: ['Everyone, READ', 'BUILTIN\\Administrators, FULL'],
      },
      fields: [
        { label: '共有名', value: 'Docs', continuation: [], lineNumber: 1 },
        { label: 'パス', value: 'D:\\Docs', continuation: [], lineNumber: 2 },
        { label: '注釈', value: '部門の文書', continuation: [], lineNumber: 3 },
        { label: '最大ユーザー数', value: '5', continuation: [], lineNumber: 4 },
        { label: 'ユーザー', value: 'TANAKA  SUZUKI', continuation: ['SATO'], lineNumber: 5 },
        { label: 'キャッシュ', value: 'ドキュメントの手動キャッシュ', continuation: [], lineNumber: 7 },
        { label: 'アクセス許可', value: 'Everyone, READ', continuation: ['BUILTIN\\Administrators, FULL'], lineNumber: 8 },
      ],
      messages: ['コマンドは正常に終了しました。'],
      unrecognizedLines: [],
    });
  });

  it('maps labels it does not know by their order, including labels followed by a single space', () => {
    const text = [
      'Freigabename      Daten',
      'Pfad              D:\\Daten',
      'Beschreibung',
      'Max. Benutzerzahl Unbegrenzt',
      'Benutzer',
      'Zwischenspeichern Manuelles Zwischenspeichern von Dokumenten',
      'Berechtigung      Jeder, FULL',
      'Der Befehl wurde erfolgreich ausgeführt.',
    ].join('\n');
    const result = parseNetShareDetail(text);
    expect(result.share).toEqual({
      name: 'Daten',
      path: 'D:\\Daten',
      remark: '',
      maxUsers: null,
      maxUsersText: 'Unbegrenzt',
      users: [],
      caching: 'Manuelles Zwischenspeichern von Dokumenten',
      permissions: ['Jeder, FULL'],
    });
    expect(result.fields.map((field) => [field.label, field.value])).toEqual([
      ['Freigabename', 'Daten'],
      ['Pfad', 'D:\\Daten'],
      ['Beschreibung', ''],
      ['Max. Benutzerzahl', 'Unbegrenzt'],
      ['Benutzer', ''],
      ['Zwischenspeichern', 'Manuelles Zwischenspeichern von Dokumenten'],
      ['Berechtigung', 'Jeder, FULL'],
    ]);
    // The completion line followed the rows without a blank line; it is still a message.
    expect(result.messages).toEqual(['Der Befehl wurde erfolgreich ausgeführt.']);
    expect(result.unrecognizedLines).toEqual([]);
  });

  it('keeps rows it cannot name in fields, and names only the rows the layout explains', () => {
    // A printer share's detail view is not documented anywhere we could find; if net.exe prints a
    // "Resource" row (its message table has the word) it is taken as the path.
    const text = [
      'Share name        HPLaserJet',
      'Resource          USB001',
      'Remark            Spooled  HP LaserJet 1020',
      'Maximum users     No limit',
      'Users',
      'Caching           Manual caching of documents',
      'Permission        Everyone, FULL',
      'Print processor   winprint',
      '',
      'The command completed successfully.',
    ].join('\n');
    const result = parseNetShareDetail(text);
    expect(result.share).toEqual({
      name: 'HPLaserJet',
      path: 'USB001',
      remark: 'Spooled  HP LaserJet 1020',
      maxUsers: null,
      maxUsersText: 'No limit',
      users: [],
      caching: 'Manual caching of documents',
      permissions: ['Everyone, FULL'],
    });
    expect(result.fields[7]).toEqual({ label: 'Print processor', value: 'winprint', continuation: [], lineNumber: 8 });
    expect(result.messages).toEqual(['The command completed successfully.']);
  });

  it('gives no share for an error text, and reports its lines like any text without a table', () => {
    const text = 'This shared resource does not exist.\r\n\r\nMore help is available by typing NET HELPMSG 2310.\r\n';
    expect(parseNetShareDetail(text)).toEqual({
      share: null,
      fields: [],
      messages: [],
      unrecognizedLines: [
        { lineNumber: 1, text: 'This shared resource does not exist.' },
        { lineNumber: 3, text: 'More help is available by typing NET HELPMSG 2310.' },
      ],
    });
    expect(parseNetShareDetail('')).toEqual({ share: null, fields: [], messages: [], unrecognizedLines: [] });
  });

  it('reports a line between two blocks of rows instead of calling it a message', () => {
    const text = ['Share name        C$', 'Path              C:\\', '', 'noise', 'Remark            Default share', ''].join('\n');
    const result = parseNetShareDetail(text);
    expect(result.fields.map((field) => field.label)).toEqual(['Share name', 'Path', 'Remark']);
    expect(result.share?.remark).toBe('Default share');
    expect(result.messages).toEqual([]);
    expect(result.unrecognizedLines).toEqual([{ lineNumber: 4, text: 'noise' }]);
  });

  it('keeps a label that ends in a character outside the BMP whole (no half of a surrogate pair)', () => {
    const text = ['Share name        \u{20BB7}\u{20BB7}', '\u{20BB7}\u{20BB7}              C:\\Shares', ''].join('\n');
    expect(parseNetShareDetail(text).fields.map((field) => field.label)).toEqual(['Share name', '\u{20BB7}\u{20BB7}']);
  });
});
