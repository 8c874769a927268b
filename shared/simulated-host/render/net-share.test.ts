import { describe, expect, it } from 'vitest';
import type { SimulatedShare } from '../scenario';
import { renderNetShare, renderNetShareDetail } from './net-share';
import { asCopied, asPublished, nonBlankLines } from './testing/published-text';
import en_01 from '../../fixtures/windows-outputs/net-share__unknown__en__01.txt?raw';
import en_03 from '../../fixtures/windows-outputs/net-share__unknown__en__03.txt?raw';
import en_04 from '../../fixtures/windows-outputs/net-share__unknown__en__04.txt?raw';
import en_19 from '../../fixtures/windows-outputs/net-share__unknown__en__19.txt?raw';
import winserver_05 from '../../fixtures/windows-outputs/net-share__winserver__en__05.txt?raw';
import winserver_07 from '../../fixtures/windows-outputs/net-share__winserver__en__07.txt?raw';
import winserver_08 from '../../fixtures/windows-outputs/net-share__winserver__en__08.txt?raw';
import zh_09 from '../../fixtures/windows-outputs/net-share__unknown__zh-CN__09.txt?raw';
import zh_10 from '../../fixtures/windows-outputs/net-share__unknown__zh-CN__10.txt?raw';
import zh_11 from '../../fixtures/windows-outputs/net-share__unknown__zh-CN__11.txt?raw';
import zh_12 from '../../fixtures/windows-outputs/net-share__unknown__zh-CN__12.txt?raw';
import zh_13 from '../../fixtures/windows-outputs/net-share__unknown__zh-CN__13.txt?raw';
import zh_15 from '../../fixtures/windows-outputs/net-share__unknown__zh-CN__15.txt?raw';
import zh_16 from '../../fixtures/windows-outputs/net-share__unknown__zh-CN__16.txt?raw';
import zh_xp_14 from '../../fixtures/windows-outputs/net-share__winxp__zh-CN__14.txt?raw';
import detail_01 from '../../fixtures/windows-outputs/net-share-detail__unknown__en__01.txt?raw';
import detail_02 from '../../fixtures/windows-outputs/net-share-detail__win10__en__02.txt?raw';
import detail_03 from '../../fixtures/windows-outputs/net-share-detail__unknown__en__03.txt?raw';
import printers from '../../fixtures/documented-layout/net-share__documented__en__01.txt?raw';

// The docs-sample captures (fr 20, pt-PT 23) are hand-written and in languages not rendered here.

const special = (name: string, resource: string, remark = 'Default share'): SimulatedShare => ({ name, resource, remark, kind: 'special' });
const disk = (name: string, resource: string, remark = ''): SimulatedShare => ({ name, resource, remark, kind: 'disk' });
const ipc = (remark = 'Remote IPC'): SimulatedShare => ({ name: 'IPC$', resource: '', remark, kind: 'ipc' });
const printer = (name: string, port: string, remark: string): SimulatedShare => ({ name, resource: port, remark, kind: 'printer' });

const DEFAULT_SHARES = [special('C$', 'C:\\'), ipc(), special('ADMIN$', 'C:\\Windows', 'Remote Admin')];

/** The lines between the dash rule and the completion line. */
const rowLines = (text: string): string[] => {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const rule = lines.findIndex((line) => /^-{20,}$/.test(line));
  const end = lines.findIndex((line, index) => index > rule && /^(The command completed|命令成功完成)/.test(line));
  return lines.slice(rule + 1, end).map((line) => line.trimEnd());
};

/**
 * Two unedited console transcripts (public GitHub markdown, repositories not recorded), from the line after
 * the command to the line before the next prompt: winPEAS output on a Windows 7-era machine (THM
 * "Blueprint"), and a reverse shell on a domain controller. They keep net.exe's padding: remarks padded to
 * column 79 (continuation remark lines too), a share without remark padded to column 45, and a long
 * resource line not padded.
 */
const WIN7_TRANSCRIPT = [
  '',
  'Share name   Resource                        Remark',
  '',
  '-------------------------------------------------------------------------------',
  'C$           C:\\                             Default share                     ',
  'IPC$                                         Remote IPC                        ',
  'ADMIN$       C:\\Windows                      Remote Admin                      ',
  'Users        C:\\Users                        ',
  'Windows      C:\\Windows                      ',
  'The command completed successfully.',
  '',
].join('\n');

const DC_TRANSCRIPT = [
  '',
  'Share name   Resource                        Remark',
  '',
  '-------------------------------------------------------------------------------',
  'C$           C:\\                             Default share                     ',
  'IPC$                                         Remote IPC                        ',
  'ADMIN$       C:\\Windows                      Remote Admin                      ',
  'NETLOGON     C:\\Windows\\SYSVOL\\sysvol\\access.offsec\\SCRIPTS',
  '                                             Logon server share                ',
  'SYSVOL       C:\\Windows\\SYSVOL\\sysvol        Logon server share                ',
  'The command completed successfully.',
  '',
].join('\n');

describe('renderNetShare: byte for byte against unedited transcripts (modulo line endings and net.exe’s closing empty line)', () => {
  it('equals the Windows 7-era winPEAS transcript, padding included', () => {
    const text = renderNetShare([...DEFAULT_SHARES, disk('Users', 'C:\\Users'), disk('Windows', 'C:\\Windows')], 'en');
    expect(asCopied(text)).toBe(WIN7_TRANSCRIPT);
  });

  it('equals the domain controller transcript, with a padded remark on its own line', () => {
    const text = renderNetShare(
      [
        ...DEFAULT_SHARES,
        disk('NETLOGON', 'C:\\Windows\\SYSVOL\\sysvol\\access.offsec\\SCRIPTS', 'Logon server share'),
        disk('SYSVOL', 'C:\\Windows\\SYSVOL\\sysvol', 'Logon server share'),
      ],
      'en',
    );
    expect(asCopied(text)).toBe(DC_TRANSCRIPT);
  });

  it('writes CRLF line endings and ends with net.exe’s empty line', () => {
    const text = renderNetShare(DEFAULT_SHARES, 'en');
    expect(text.endsWith('The command completed successfully.\r\n\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('renderNetShare: published captures with the canonical blank lines (modulo line endings and the padding their publishers stripped)', () => {
  it('equals en 03: a resource with a space, a share without remark', () => {
    const text = renderNetShare([...DEFAULT_SHARES, disk('Internal', 'C:\\Internal Files', 'Internal Documents'), disk('Users', 'C:\\Users')], 'en');
    expect(asPublished(text)).toBe(en_03);
  });

  it('equals en 04: a long remark', () => {
    const text = renderNetShare([...DEFAULT_SHARES, disk('Records', 'D:\\Important-Files', 'Mounted share for records storage')], 'en');
    expect(asPublished(text)).toBe(asPublished(en_04));
  });

  it('equals en 19 except the completion line, which its publisher printed without the full stop: a name wider than 12 cells', () => {
    const text = renderNetShare(
      [...DEFAULT_SHARES, disk('Shared Folder', 'C:\\Users\\Juan\\Desktop\\Shared Folder'), disk('test', 'C:\\Users\\Juan\\Test'), disk('Users', 'C:\\Users')],
      'en',
    );
    expect(asPublished(text)).toBe(en_19.replace('The command completed successfully\n', 'The command completed successfully.\n'));
  });

  const zhDefaults = (adminPath: string, ...drives: string[]) => [
    ...drives.map((drive) => special(`${drive}$`, `${drive}:\\`, '默认共享')),
    ipc('远程 IPC'),
    special('ADMIN$', adminPath, '远程管理'),
  ];
  const zhPrint = disk('print$', 'C:\\WINDOWS\\system32\\spool\\drivers', '打印机驱动程序');

  it('equals zh-CN 09: a wrapped print$ with a Chinese remark (remarks are data; header and completion line from the zh-CN table)', () => {
    const shares = [special('C$', 'C:\\', '默认共享'), ipc('远程 IPC'), zhPrint, special('ADMIN$', 'C:\\WINDOWS', '远程管理'), disk('Users', 'C:\\Users')];
    expect(asPublished(renderNetShare(shares, 'zh-CN'))).toBe(zh_09);
  });

  it('equals zh-CN 10', () => {
    const shares = [
      special('C$', 'C:\\', '默认共享'),
      special('D$', 'D:\\', '默认共享'),
      ipc('远程 IPC'),
      zhPrint,
      special('ADMIN$', 'C:\\WINDOWS', '远程管理'),
    ];
    expect(asPublished(renderNetShare(shares, 'zh-CN'))).toBe(zh_10);
  });

  it.each([
    ['13', zh_13, zhDefaults('C:\\Windows', 'C', 'D', 'E', 'F')],
    ['15', zh_15, zhDefaults('C:\\Windows', 'C')],
    ['16', zh_16, [...zhDefaults('C:\\Windows', 'C', 'D', 'E'), disk('Users', 'C:\\Users')]],
  ])('equals zh-CN %s', (_number, capture, shares) => {
    expect(asPublished(renderNetShare(shares, 'zh-CN'))).toBe(capture);
  });

  it('equals zh-CN 11 except its second completion line (a paste artifact)', () => {
    const text = renderNetShare([...zhDefaults('C:\\Windows', 'C'), disk('file', 'C:\\')], 'zh-CN');
    expect(`${asPublished(text)}命令成功完成。\n`).toBe(zh_11);
  });

  it('equals zh-CN 12 up to its completion line, which the publisher cut', () => {
    const text = renderNetShare(zhDefaults('C:\\Windows', 'C', 'D', 'E'), 'zh-CN');
    expect(asPublished(text)).toBe(`${zh_12}命令成功完成。\n`);
  });
});

describe('renderNetShare: published captures whose blank lines were edited (non-blank lines compared)', () => {
  it('has the lines of en 01 (published without the leading blank line)', () => {
    expect(nonBlankLines(renderNetShare(DEFAULT_SHARES, 'en'))).toEqual(nonBlankLines(en_01));
  });

  it('has the lines of winserver 05 (no leading blank line): print$ and NETLOGON wrap their remarks', () => {
    const text = renderNetShare(
      [
        special('ADMIN$', 'C:\\Windows', 'Remote Admin'),
        special('C$', 'C:\\'),
        special('D$', 'D:\\'),
        special('E$', 'E:\\'),
        disk('print$', 'C:\\Windows\\system32\\spool\\drivers', 'Printer Drivers'),
        ipc(),
        disk('NETLOGON', 'C:\\Windows\\SYSVOL\\sysvol\\example.local\\SCRIPTS', 'Logon server share'),
        disk('Share', 'D:\\oldshare'),
        disk('SYSVOL', 'C:\\Windows\\SYSVOL\\sysvol', 'Logon server share'),
      ],
      'en',
    );
    expect(nonBlankLines(text)).toEqual(nonBlankLines(winserver_05));
  });

  it('has the lines of winserver 07 (no leading blank line)', () => {
    const text = renderNetShare(
      [
        ...DEFAULT_SHARES,
        disk('NETLOGON', 'C:\\Windows\\SYSVOL\\sysvol\\SIGNED.HTB\\SCRIPTS', 'Logon server share'),
        disk('SYSVOL', 'C:\\Windows\\SYSVOL\\sysvol', 'Logon server share'),
        disk('temp', 'C:\\temp'),
      ],
      'en',
    );
    expect(nonBlankLines(text)).toEqual(nonBlankLines(winserver_07));
  });

  it('has the rows of winserver 08 after Microsoft’s "[…]" elision (its rule is 80 dashes and its header sat outside the sample)', () => {
    const text = renderNetShare(
      [
        disk('NETLOGON', 'C:\\Windows\\SYSVOL_DFSR\\sysvol\\corp.contoso.com\\SCRIPTS', 'Logon server share'),
        disk('SYSVOL', 'C:\\Windows\\SYSVOL_DFSR\\sysvol', 'Logon server share'),
      ],
      'en',
    );
    const published = winserver_08.split('\n');
    expect(rowLines(text)).toEqual(published.slice(published.indexOf('[…]') + 1).filter((line) => line !== ''));
  });

  it('has the rows and completion line of zh-CN XP 14 (XP’s header word 注释 and a 58-dash rule are not modelled)', () => {
    const text = renderNetShare(
      [ipc('远程 IPC'), special('ADMIN$', 'C:\\WINDOWS', '远程管理'), special('D$', 'D:\\', '默认共享'), special('C$', 'C:\\', '默认共享')],
      'zh-CN',
    );
    expect(nonBlankLines(text).slice(2)).toEqual(nonBlankLines(zh_xp_14).slice(2));
  });
});

// Documented-layout fixture: NOT a real capture (see ../../fixtures/documented-layout/README.md).
describe('renderNetShare against the documented-layout printer fixture (not a real capture)', () => {
  it('equals it modulo trailing padding (the hand-written fixture pads only some remarks): ports and "Spooled" on printer rows', () => {
    const text = renderNetShare(
      [
        special('C$', 'C:\\'),
        ipc(),
        disk('print$', 'C:\\Windows\\system32\\spool\\drivers', 'Printer Drivers'),
        special('ADMIN$', 'C:\\Windows', 'Remote Admin'),
        printer('HPLaserJet', 'USB001', 'HP LaserJet 1020'),
        printer('Brother', 'IP_192.168.1.5', 'Brother HL-L2350DW series'),
        printer('Kyocera Office', 'WSD-4f1c2a9e-7b3d-4c55-9a1e-2d8f6b0c7e31.0064', 'Kyocera ECOSYS M2540dn'),
        printer('PDF', 'PORTPROMPT:', 'Microsoft Print to PDF'),
        printer('Labels', 'LPT1:', ''),
        disk('Canon', '192.168.1.40', 'Front desk printer'),
        disk('Scans', 'D:\\Scans', 'Scanned documents'),
      ],
      'en',
    );
    expect(asPublished(text)).toBe(asPublished(printers));
  });

  it('prints the printer row unpadded and a long printer name alone on its line', () => {
    const lines = renderNetShare([printer('Kyocera Office', 'USB002', 'Front desk')], 'en').split('\r\n');
    expect(lines.slice(4, 6)).toEqual(['Kyocera Office', '             USB002                          Spooled  Front desk']);
  });
});

describe('renderNetShare: other languages and the empty list', () => {
  it('prints the German header (unverified words) over the same columns', () => {
    const lines = renderNetShare(DEFAULT_SHARES, 'de').split('\r\n');
    expect(lines[1]).toBe('Freigabename Ressource                       Beschreibung');
    expect(lines[7]).toBe('Der Befehl wurde erfolgreich ausgeführt.');
  });

  it('prints the empty-list notice when nothing is shared', () => {
    expect(renderNetShare([], 'en')).toBe('There are no entries in the list.\r\n\r\n');
  });
});

describe('renderNetShareDetail against real captures', () => {
  it('equals detail 01 (C$) modulo line endings and net.exe’s closing empty line', () => {
    expect(asCopied(renderNetShareDetail(special('C$', 'C:\\'), 'en'))).toBe(detail_01);
  });

  it('equals detail 03 up to its second completion line, which belongs to the next command in the published script', () => {
    const text = renderNetShareDetail(disk('Share', 'C:\\share'), 'en', { permissions: ['Everyone, CHANGE'] });
    expect(`${asCopied(text)}\nThe command completed successfully.\n`).toBe(detail_03);
  });

  it('has the lines of detail 02 (published with a leading blank line and without its completion line): a user, caching disabled', () => {
    const text = renderNetShareDetail(disk('C', 'C:\\'), 'en', {
      users: ['SAMSTEVENS'],
      caching: 'Caching disabled',
      permissions: ['windowsbox\\samstevens, FULL'],
    });
    expect(nonBlankLines(text)).toEqual([...nonBlankLines(detail_02), 'The command completed successfully.']);
  });

  it('prints further users and permissions on lines indented to the value column', () => {
    const text = renderNetShareDetail(disk('Office', 'D:\\Office', 'Office documents'), 'en', {
      maxUsers: 10,
      users: ['MARIA', 'PETER'],
      permissions: ['Everyone, READ', 'BUILTIN\\Administrators, FULL'],
    });
    expect(text.split('\r\n')).toEqual([
      'Share name        Office',
      'Path              D:\\Office',
      'Remark            Office documents',
      'Maximum users     10',
      'Users             MARIA',
      '                  PETER',
      'Caching           Manual caching of documents',
      'Permission        Everyone, READ',
      '                  BUILTIN\\Administrators, FULL',
      '',
      'The command completed successfully.',
      '',
      '',
    ]);
  });
});
