import { describe, expect, it } from 'vitest';
import { parseNetView } from './net-view';
import listed from '../fixtures/documented-layout/net-view__documented-win10__en__01.txt?raw';
import full from '../fixtures/documented-layout/net-view__documented-win10__en__02.txt?raw';
import notFound from '../fixtures/documented-layout/net-view__documented-win10__en__03.txt?raw';
import { recognizeSystemError } from './system-error';

describe('net view \\\\NAME (documented layouts)', () => {
  it('reads the shares under the dash rule, and the completion line as a message', () => {
    expect(parseNetView(listed)).toEqual({
      shares: [
        { name: 'Office', type: 'Disk', comment: 'Office documents', lineNumber: 6 },
        { name: 'HPLaserJet', type: 'Print', comment: 'HP LaserJet 4', lineNumber: 7 },
        { name: 'Scans', type: 'Disk', comment: '', lineNumber: 8 },
        { name: 'SharedFolde1', type: 'Disk', comment: 'A name of twelve letters', lineNumber: 9 },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('reads the published layout of a domain controller, without a blank line before the rule', () => {
    const text = [
      'Shared resources at \\\\DC01',
      '',
      'Share name  Type  Used as  Comment',
      '-'.repeat(79),
      'ADMIN$      Disk           Remote Admin',
      'IPC$        IPC            Remote IPC',
      'NETLOGON    Disk           Logon server share',
      'The command completed successfully.',
    ].join('\r\n');
    expect(parseNetView(text).shares.map((share) => [share.name, share.type, share.comment])).toEqual([
      ['ADMIN$', 'Disk', 'Remote Admin'],
      ['IPC$', 'IPC', 'Remote IPC'],
      ['NETLOGON', 'Disk', 'Logon server share'],
    ]);
  });

  it('an error is no share list: the number is read from it', () => {
    expect(parseNetView(full)).toMatchObject({ shares: [] });
    expect(recognizeSystemError(full)?.code).toBe(71);
    expect(recognizeSystemError(notFound)?.code).toBe(53);
  });

  it('keeps lines it cannot place, and never throws', () => {
    expect(parseNetView(`${'-'.repeat(79)}\r\n   indented text\r\nOne  Disk\r\n`)).toEqual({
      shares: [{ name: 'One', type: 'Disk', comment: '', lineNumber: 3 }],
      messages: [],
      unrecognizedLines: [{ lineNumber: 2, text: '   indented text' }],
    });
    for (const text of ['', '\r\n', 'x'.repeat(10_000), '-'.repeat(79)]) expect(() => parseNetView(text)).not.toThrow();
  });
});
