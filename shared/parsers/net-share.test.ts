import { describe, expect, it } from 'vitest';
import { parseNetShare } from './net-share';
import unknown_en_01 from '../fixtures/windows-outputs/net-share__unknown__en__01.txt?raw';
import unknown_en_03 from '../fixtures/windows-outputs/net-share__unknown__en__03.txt?raw';
import unknown_en_04 from '../fixtures/windows-outputs/net-share__unknown__en__04.txt?raw';
import unknown_en_19 from '../fixtures/windows-outputs/net-share__unknown__en__19.txt?raw';
import winserver_en_05 from '../fixtures/windows-outputs/net-share__winserver__en__05.txt?raw';
import winserver_en_07 from '../fixtures/windows-outputs/net-share__winserver__en__07.txt?raw';
import winserver_en_08 from '../fixtures/windows-outputs/net-share__winserver__en__08.txt?raw';
import unknown_zh_CN_09 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__09.txt?raw';
import unknown_zh_CN_10 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__10.txt?raw';
import unknown_zh_CN_11 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__11.txt?raw';
import unknown_zh_CN_12 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__12.txt?raw';
import unknown_zh_CN_13 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__13.txt?raw';
import unknown_zh_CN_15 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__15.txt?raw';
import unknown_zh_CN_16 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__16.txt?raw';
import winxp_zh_CN_14 from '../fixtures/windows-outputs/net-share__winxp__zh-CN__14.txt?raw';
import docs_fr_20 from '../fixtures/windows-outputs/net-share__docs-sample__fr__20.txt?raw';
import docs_pt_PT_23 from '../fixtures/windows-outputs/net-share__docs-sample__pt-PT__23.txt?raw';
import printers from '../fixtures/documented-layout/net-share__documented__en__01.txt?raw';

describe('parseNetShare on real captures', () => {
  it('reads the three default shares', () => {
    expect(parseNetShare(unknown_en_01)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: 'Default share', isPrinter: false, lineNumber: 4, lineNumbers: [4] },
        { name: 'IPC$', resource: '', remark: 'Remote IPC', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: 'Remote Admin', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('reads a resource with a space and a share without a remark', () => {
    expect(parseNetShare(unknown_en_03)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: 'Default share', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'IPC$', resource: '', remark: 'Remote IPC', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: 'Remote Admin', isPrinter: false, lineNumber: 7, lineNumbers: [7] },
        { name: 'Internal', resource: 'C:\\Internal Files', remark: 'Internal Documents', isPrinter: false, lineNumber: 8, lineNumbers: [8] },
        { name: 'Users', resource: 'C:\\Users', remark: '', isPrinter: false, lineNumber: 9, lineNumbers: [9] },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('removes the padding after a remark that runs past column 79', () => {
    expect(parseNetShare(unknown_en_04)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: 'Default share', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'IPC$', resource: '', remark: 'Remote IPC', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: 'Remote Admin', isPrinter: false, lineNumber: 7, lineNumbers: [7] },
        { name: 'Records', resource: 'D:\\Important-Files', remark: 'Mounted share for records storage', isPrinter: false, lineNumber: 8, lineNumbers: [8] },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('joins a name wider than its column to the resource on the next line, and takes the blank line as the empty remark', () => {
    expect(parseNetShare(unknown_en_19)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: 'Default share', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'IPC$', resource: '', remark: 'Remote IPC', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: 'Remote Admin', isPrinter: false, lineNumber: 7, lineNumbers: [7] },
        { name: 'Shared Folder', resource: 'C:\\Users\\Juan\\Desktop\\Shared Folder', remark: '', isPrinter: false, lineNumber: 8, lineNumbers: [8, 9] },
        { name: 'test', resource: 'C:\\Users\\Juan\\Test', remark: '', isPrinter: false, lineNumber: 11, lineNumbers: [11] },
        { name: 'Users', resource: 'C:\\Users', remark: '', isPrinter: false, lineNumber: 12, lineNumbers: [12] },
      ],
      messages: ['The command completed successfully'],
      unrecognizedLines: [],
    });
  });

  it('moves remarks of resources wider than 31 cells from their own line back to the share', () => {
    expect(parseNetShare(winserver_en_05)).toEqual({
      shares: [
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: 'Remote Admin', isPrinter: false, lineNumber: 4, lineNumbers: [4] },
        { name: 'C$', resource: 'C:\\', remark: 'Default share', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'D$', resource: 'D:\\', remark: 'Default share', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'E$', resource: 'E:\\', remark: 'Default share', isPrinter: false, lineNumber: 7, lineNumbers: [7] },
        { name: 'print$', resource: 'C:\\Windows\\system32\\spool\\drivers', remark: 'Printer Drivers', isPrinter: false, lineNumber: 8, lineNumbers: [8, 9] },
        { name: 'IPC$', resource: '', remark: 'Remote IPC', isPrinter: false, lineNumber: 10, lineNumbers: [10] },
        {
          name: 'NETLOGON',
          resource: 'C:\\Windows\\SYSVOL\\sysvol\\example.local\\SCRIPTS',
          remark: 'Logon server share',
          isPrinter: false,
          lineNumber: 11,
          lineNumbers: [11, 12],
        },
        { name: 'Share', resource: 'D:\\oldshare', remark: '', isPrinter: false, lineNumber: 13, lineNumbers: [13] },
        { name: 'SYSVOL', resource: 'C:\\Windows\\SYSVOL\\sysvol', remark: 'Logon server share', isPrinter: false, lineNumber: 14, lineNumbers: [14] },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('reads a domain controller without a leading blank line', () => {
    expect(parseNetShare(winserver_en_07)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: 'Default share', isPrinter: false, lineNumber: 4, lineNumbers: [4] },
        { name: 'IPC$', resource: '', remark: 'Remote IPC', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: 'Remote Admin', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        {
          name: 'NETLOGON',
          resource: 'C:\\Windows\\SYSVOL\\sysvol\\SIGNED.HTB\\SCRIPTS',
          remark: 'Logon server share',
          isPrinter: false,
          lineNumber: 7,
          lineNumbers: [7, 8],
        },
        { name: 'SYSVOL', resource: 'C:\\Windows\\SYSVOL\\sysvol', remark: 'Logon server share', isPrinter: false, lineNumber: 9, lineNumbers: [9] },
        { name: 'temp', resource: 'C:\\temp', remark: '', isPrinter: false, lineNumber: 10, lineNumbers: [10] },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('reports the elision an author left in the table, and reads a rule of 80 dashes', () => {
    expect(parseNetShare(winserver_en_08)).toEqual({
      shares: [
        {
          name: 'NETLOGON',
          resource: 'C:\\Windows\\SYSVOL_DFSR\\sysvol\\corp.contoso.com\\SCRIPTS',
          remark: 'Logon server share',
          isPrinter: false,
          lineNumber: 4,
          lineNumbers: [4, 5],
        },
        { name: 'SYSVOL', resource: 'C:\\Windows\\SYSVOL_DFSR\\sysvol', remark: 'Logon server share', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
      ],
      messages: [],
      unrecognizedLines: [{ lineNumber: 3, text: '[…]' }],
    });
  });

  it('reads Chinese remarks, a wrapped print$ remark and the Chinese completion line', () => {
    expect(parseNetShare(unknown_zh_CN_09)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: '默认共享', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'IPC$', resource: '', remark: '远程 IPC', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'print$', resource: 'C:\\WINDOWS\\system32\\spool\\drivers', remark: '打印机驱动程序', isPrinter: false, lineNumber: 7, lineNumbers: [7, 8] },
        { name: 'ADMIN$', resource: 'C:\\WINDOWS', remark: '远程管理', isPrinter: false, lineNumber: 9, lineNumbers: [9] },
        { name: 'Users', resource: 'C:\\Users', remark: '', isPrinter: false, lineNumber: 10, lineNumbers: [10] },
      ],
      messages: ['命令成功完成。'],
      unrecognizedLines: [],
    });
  });

  it('reads a second Chinese capture with a print$ wrap', () => {
    expect(parseNetShare(unknown_zh_CN_10)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: '默认共享', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'D$', resource: 'D:\\', remark: '默认共享', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'IPC$', resource: '', remark: '远程 IPC', isPrinter: false, lineNumber: 7, lineNumbers: [7] },
        { name: 'print$', resource: 'C:\\WINDOWS\\system32\\spool\\drivers', remark: '打印机驱动程序', isPrinter: false, lineNumber: 8, lineNumbers: [8, 9] },
        { name: 'ADMIN$', resource: 'C:\\WINDOWS', remark: '远程管理', isPrinter: false, lineNumber: 10, lineNumbers: [10] },
      ],
      messages: ['命令成功完成。'],
      unrecognizedLines: [],
    });
  });

  it('keeps a completion line printed twice as two messages', () => {
    expect(parseNetShare(unknown_zh_CN_11)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: '默认共享', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'IPC$', resource: '', remark: '远程 IPC', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: '远程管理', isPrinter: false, lineNumber: 7, lineNumbers: [7] },
        { name: 'file', resource: 'C:\\', remark: '', isPrinter: false, lineNumber: 8, lineNumbers: [8] },
      ],
      messages: ['命令成功完成。', '命令成功完成。'],
      unrecognizedLines: [],
    });
  });

  it('reads output whose completion line is missing', () => {
    expect(parseNetShare(unknown_zh_CN_12)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: '默认共享', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'D$', resource: 'D:\\', remark: '默认共享', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'E$', resource: 'E:\\', remark: '默认共享', isPrinter: false, lineNumber: 7, lineNumbers: [7] },
        { name: 'IPC$', resource: '', remark: '远程 IPC', isPrinter: false, lineNumber: 8, lineNumbers: [8] },
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: '远程管理', isPrinter: false, lineNumber: 9, lineNumbers: [9] },
      ],
      messages: [],
      unrecognizedLines: [],
    });
  });

  it('reads four drive shares', () => {
    expect(parseNetShare(unknown_zh_CN_13)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: '默认共享', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'D$', resource: 'D:\\', remark: '默认共享', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'E$', resource: 'E:\\', remark: '默认共享', isPrinter: false, lineNumber: 7, lineNumbers: [7] },
        { name: 'F$', resource: 'F:\\', remark: '默认共享', isPrinter: false, lineNumber: 8, lineNumbers: [8] },
        { name: 'IPC$', resource: '', remark: '远程 IPC', isPrinter: false, lineNumber: 9, lineNumbers: [9] },
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: '远程管理', isPrinter: false, lineNumber: 10, lineNumbers: [10] },
      ],
      messages: ['命令成功完成。'],
      unrecognizedLines: [],
    });
  });

  it('reads the three default shares in Chinese', () => {
    expect(parseNetShare(unknown_zh_CN_15)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: '默认共享', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'IPC$', resource: '', remark: '远程 IPC', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: '远程管理', isPrinter: false, lineNumber: 7, lineNumbers: [7] },
      ],
      messages: ['命令成功完成。'],
      unrecognizedLines: [],
    });
  });

  it('reads a Chinese capture with a Users share', () => {
    expect(parseNetShare(unknown_zh_CN_16)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: '默认共享', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'D$', resource: 'D:\\', remark: '默认共享', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'E$', resource: 'E:\\', remark: '默认共享', isPrinter: false, lineNumber: 7, lineNumbers: [7] },
        { name: 'IPC$', resource: '', remark: '远程 IPC', isPrinter: false, lineNumber: 8, lineNumbers: [8] },
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: '远程管理', isPrinter: false, lineNumber: 9, lineNumbers: [9] },
        { name: 'Users', resource: 'C:\\Users', remark: '', isPrinter: false, lineNumber: 10, lineNumbers: [10] },
      ],
      messages: ['命令成功完成。'],
      unrecognizedLines: [],
    });
  });

  it('reads Windows XP output with a 58-dash rule', () => {
    expect(parseNetShare(winxp_zh_CN_14)).toEqual({
      shares: [
        { name: 'IPC$', resource: '', remark: '远程 IPC', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'ADMIN$', resource: 'C:\\WINDOWS', remark: '远程管理', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'D$', resource: 'D:\\', remark: '默认共享', isPrinter: false, lineNumber: 7, lineNumbers: [7] },
        { name: 'C$', resource: 'C:\\', remark: '默认共享', isPrinter: false, lineNumber: 8, lineNumbers: [8] },
      ],
      messages: ['命令成功完成。'],
      unrecognizedLines: [],
    });
  });
});

// Hand-drawn samples (see INDEX.md: SUSPECT): their columns are not net.exe's, so the parser must find
// the columns from the rows rather than trust fixed offsets.
describe('parseNetShare on hand-drawn documentation samples', () => {
  it('reads the French sample, whose rule is 73 dashes and which has no completion line', () => {
    expect(parseNetShare(docs_fr_20)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: 'Partage par défaut', isPrinter: false, lineNumber: 3, lineNumbers: [3] },
        { name: 'IPC$', resource: '', remark: 'IPC distant', isPrinter: false, lineNumber: 4, lineNumbers: [4] },
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: 'Administration à distance', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'Compta', resource: 'D:\\Partages\\Compta', remark: '', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
      ],
      messages: [],
      unrecognizedLines: [],
    });
  });

  it('takes the 15/47 columns of the Portuguese sample from its rows, since net.exe uses 13/45', () => {
    expect(parseNetShare(docs_pt_PT_23)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: 'Partilha predefinida', isPrinter: false, lineNumber: 4, lineNumbers: [4] },
        { name: 'IPC$', resource: '', remark: 'IPC remoto', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: 'Admin remota', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'Documentos', resource: 'C:\\Documentos', remark: '', isPrinter: false, lineNumber: 7, lineNumbers: [7] },
      ],
      messages: ['O comando foi concluído com êxito.'],
      unrecognizedLines: [],
    });
  });
});

// No public capture shows printer shares. net-share__documented__en__01.txt is written to the layout in
// domain.md §5 (port as resource, remark starting with "Spooled" — L) and net.exe's message table
// ("Spooled" is a message of its own); it is NOT a real capture.
describe('parseNetShare on the documented layout (not a real capture)', () => {
  it('marks printer shares by the "Spooled" remark or by the port, across wraps and padding', () => {
    expect(parseNetShare(printers)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: 'Default share', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'IPC$', resource: '', remark: 'Remote IPC', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'print$', resource: 'C:\\Windows\\system32\\spool\\drivers', remark: 'Printer Drivers', isPrinter: false, lineNumber: 7, lineNumbers: [7, 8] },
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: 'Remote Admin', isPrinter: false, lineNumber: 9, lineNumbers: [9] },
        { name: 'HPLaserJet', resource: 'USB001', remark: 'Spooled  HP LaserJet 1020', isPrinter: true, lineNumber: 10, lineNumbers: [10] },
        { name: 'Brother', resource: 'IP_192.168.1.5', remark: 'Spooled  Brother HL-L2350DW series', isPrinter: true, lineNumber: 11, lineNumbers: [11] },
        {
          name: 'Kyocera Office',
          resource: 'WSD-4f1c2a9e-7b3d-4c55-9a1e-2d8f6b0c7e31.0064',
          remark: 'Spooled  Kyocera ECOSYS M2540dn',
          isPrinter: true,
          lineNumber: 12,
          lineNumbers: [12, 13, 14],
        },
        { name: 'PDF', resource: 'PORTPROMPT:', remark: 'Spooled  Microsoft Print to PDF', isPrinter: true, lineNumber: 15, lineNumbers: [15] },
        { name: 'Labels', resource: 'LPT1:', remark: 'Spooled', isPrinter: true, lineNumber: 16, lineNumbers: [16] },
        { name: 'Canon', resource: '192.168.1.40', remark: 'Front desk printer', isPrinter: true, lineNumber: 17, lineNumbers: [17] },
        { name: 'Scans', resource: 'D:\\Scans', remark: 'Scanned documents', isPrinter: false, lineNumber: 18, lineNumbers: [18] },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  const rule = '-'.repeat(79);
  const header = 'Share name   Resource                        Remark';

  it('reads CRLF output with a Japanese header that does not line up, English remarks and a pooled printer', () => {
    const text = [
      '',
      '共有名       リソース                            注釈',
      '',
      rule,
      'C$           C:\\                             Default share',
      'IPC$                                         Remote IPC',
      'Oficina      LPT1:,LPT2:                     Impresora de la oficina',
      'コマンドは正常に終了しました。',
      '',
    ].join('\r\n');
    expect(parseNetShare(text)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: 'Default share', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
        { name: 'IPC$', resource: '', remark: 'Remote IPC', isPrinter: false, lineNumber: 6, lineNumbers: [6] },
        { name: 'Oficina', resource: 'LPT1:,LPT2:', remark: 'Impresora de la oficina', isPrinter: true, lineNumber: 7, lineNumbers: [7] },
      ],
      messages: ['コマンドは正常に終了しました。'],
      unrecognizedLines: [],
    });
  });

  it('reads CJK share names and resources whether padded by display cells or by characters', () => {
    const text = [
      header,
      rule,
      // Padded in cells: 共享文件 takes 8 cells, 5 spaces reach column 13.
      '共享文件     D:\\共享\\资料                    部门文件',
      // Padded in characters (4 characters + 9 spaces), pushing every later column 4 cells right, so
      // the 36-cell resource crosses the remark column counted in cells.
      '财务报表         D:\\财务\\2024年度报表与凭证归档资料           财务部',
      '命令成功完成。',
    ].join('\n');
    expect(parseNetShare(text)).toEqual({
      shares: [
        { name: '共享文件', resource: 'D:\\共享\\资料', remark: '部门文件', isPrinter: false, lineNumber: 3, lineNumbers: [3] },
        { name: '财务报表', resource: 'D:\\财务\\2024年度报表与凭证归档资料', remark: '财务部', isPrinter: false, lineNumber: 4, lineNumbers: [4] },
      ],
      messages: ['命令成功完成。'],
      unrecognizedLines: [],
    });
  });

  it('keeps a remark on the same line when the resource is exactly 31 cells, and a name of exactly 12', () => {
    const text = [
      header,
      rule,
      'Departamento D:\\Compartido\\Ventas\\Documentos Recurso de ventas',
      'Departamentos',
      '             D:\\Compartido\\Departamentos\\Todos',
      '                                             Todos los departamentos',
      'Se ha completado el comando correctamente.',
    ].join('\n');
    expect(parseNetShare(text)).toEqual({
      shares: [
        {
          name: 'Departamento',
          resource: 'D:\\Compartido\\Ventas\\Documentos',
          remark: 'Recurso de ventas',
          isPrinter: false,
          lineNumber: 3,
          lineNumbers: [3],
        },
        {
          name: 'Departamentos',
          resource: 'D:\\Compartido\\Departamentos\\Todos',
          remark: 'Todos los departamentos',
          isPrinter: false,
          lineNumber: 4,
          lineNumbers: [4, 5, 6],
        },
      ],
      messages: ['Se ha completado el comando correctamente.'],
      unrecognizedLines: [],
    });
  });

  // Found by the render round trip (seed 917798633): a resource of exactly 32 cells ends on cell 44,
  // the remark column's separator, and was not taken for a long resource.
  it('reads a resource of exactly 32 cells (remark on the next line) under a 12-cell name with spaces', () => {
    const text = [
      header,
      rule,
      'A A A享AAAAA C:\\aa享aa伟a 打\\aaaaaaa a 程aa\\a',
      '',
      'Team Drive 2 D:\\Shares\\Team\\Projects 2026\\Q12',
      '                                             Quarterly work',
      'The command completed successfully.',
    ].join('\n');
    expect(parseNetShare(text)).toEqual({
      shares: [
        { name: 'A A A享AAAAA', resource: 'C:\\aa享aa伟a 打\\aaaaaaa a 程aa\\a', remark: '', isPrinter: false, lineNumber: 3, lineNumbers: [3] },
        {
          name: 'Team Drive 2',
          resource: 'D:\\Shares\\Team\\Projects 2026\\Q12',
          remark: 'Quarterly work',
          isPrinter: false,
          lineNumber: 5,
          lineNumbers: [5, 6],
        },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('does not take a sentence that happens to have a space at column 12 for a share', () => {
    const text = [header, rule, 'There are no entries in the list.'].join('\n');
    expect(parseNetShare(text)).toEqual({ shares: [], messages: ['There are no entries in the list.'], unrecognizedLines: [] });
  });

  it('reports a stray line between shares, and an indented line that belongs to no share', () => {
    const text = [
      header,
      rule,
      'C$           C:\\                             Default share',
      '   some pasted noise',
      'ADMIN$       C:\\Windows                      Remote Admin',
      'The command completed successfully.',
      'The command completed successfully.',
    ].join('\n');
    expect(parseNetShare(text)).toEqual({
      shares: [
        { name: 'C$', resource: 'C:\\', remark: 'Default share', isPrinter: false, lineNumber: 3, lineNumbers: [3] },
        { name: 'ADMIN$', resource: 'C:\\Windows', remark: 'Remote Admin', isPrinter: false, lineNumber: 5, lineNumbers: [5] },
      ],
      messages: ['The command completed successfully.', 'The command completed successfully.'],
      unrecognizedLines: [{ lineNumber: 4, text: '   some pasted noise' }],
    });
  });

  it('treats output without a rule like every other table parser', () => {
    expect(parseNetShare('Access is denied.\n')).toEqual({ shares: [], messages: ['Access is denied.'], unrecognizedLines: [] });
    expect(parseNetShare('')).toEqual({ shares: [], messages: [], unrecognizedLines: [] });
  });
});
