import { describe, expect, it } from 'vitest';
import { parseNetConfigServer } from './net-config-server';
import win10_01 from '../fixtures/windows-outputs/net-config-server__win10__en__01.txt?raw';
import xpHome_01 from '../fixtures/documented-layout/net-config-server__documented-winxp-home__en__01.txt?raw';
import server_02 from '../fixtures/documented-layout/net-config-server__documented-winserver2008r2__en__02.txt?raw';
import win11_03 from '../fixtures/documented-layout/net-config-server__documented-win11__en__03.txt?raw';
import german_04 from '../fixtures/documented-layout/net-config-server__documented-win10__de__04.txt?raw';

describe('parseNetConfigServer on a real capture', () => {
  it('reads Windows 10 Pro: empty comment, two transports, limit 20, autodisconnect 15', () => {
    expect(parseNetConfigServer(win10_01)).toEqual({
      serverName: 'DESKTOP-8GB0J2A',
      serverComment: '',
      softwareVersion: 'Windows 10 Pro',
      transports: ['NetbiosSmb (DESKTOP-8GB0J2A)', 'NetBT_Tcpip_{EF22887A-91EF-4633-A2DE-7D088A3DEB47} (DESKTOP-8GB0J2A)'],
      serverHidden: 'No',
      maxLoggedOnUsers: 20,
      maxOpenFilesPerSession: 16384,
      idleSessionMinutes: 15,
      fields: [
        { label: 'Server Name', value: '\\\\DESKTOP-8GB0J2A', lineNumber: 1 },
        { label: 'Server Comment', value: '', lineNumber: 2 },
        { label: 'Software version', value: 'Windows 10 Pro', lineNumber: 4 },
        { label: 'Server is active on', value: '', lineNumber: 5 },
        { label: 'Server hidden', value: 'No', lineNumber: 10 },
        { label: 'Maximum Logged On Users', value: '20', lineNumber: 11 },
        { label: 'Maximum open files per session', value: '16384', lineNumber: 12 },
        { label: 'Idle session time (min)', value: '15', lineNumber: 14 },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });
});

// Written to the layout of the capture above and the field list in net.exe's message tables; see
// ../fixtures/documented-layout/README.md. These are NOT captures.
describe('parseNetConfigServer on documented-layout fixtures (not real captures)', () => {
  it('reads Windows XP Home: limit 5, "Windows 2002", transports named by MAC address', () => {
    expect(parseNetConfigServer(xpHome_01)).toEqual({
      serverName: 'KITCHEN',
      serverComment: '',
      softwareVersion: 'Windows 2002',
      transports: ['NetbiosSmb (000000000000)', 'NetBT_Tcpip_{6F1A2B3C-4D5E-4F60-8172-93A4B5C6D7E8} (000C29A1B2C3)'],
      serverHidden: 'No',
      maxLoggedOnUsers: 5,
      maxOpenFilesPerSession: 16384,
      idleSessionMinutes: 15,
      fields: [
        { label: 'Server Name', value: '\\\\KITCHEN', lineNumber: 1 },
        { label: 'Server Comment', value: '', lineNumber: 2 },
        { label: 'Software version', value: 'Windows 2002', lineNumber: 4 },
        { label: 'Server is active on', value: '', lineNumber: 5 },
        { label: 'Server hidden', value: 'No', lineNumber: 10 },
        { label: 'Maximum Logged On Users', value: '5', lineNumber: 11 },
        { label: 'Maximum open files per session', value: '16384', lineNumber: 12 },
        { label: 'Idle session time (min)', value: '15', lineNumber: 14 },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('reads a server edition: 16777216 users and a comment containing spaces', () => {
    expect(parseNetConfigServer(server_02)).toEqual({
      serverName: 'FILESRV01',
      serverComment: 'Main file server - 2nd floor',
      softwareVersion: 'Windows Server 2008 R2 Enterprise',
      transports: ['NetbiosSmb (FILESRV01)', 'NetBT_Tcpip_{0A1B2C3D-4E5F-4061-8273-A4B5C6D7E8F9} (FILESRV01)'],
      serverHidden: 'No',
      maxLoggedOnUsers: 16777216,
      maxOpenFilesPerSession: 16384,
      idleSessionMinutes: 15,
      fields: [
        { label: 'Server Name', value: '\\\\FILESRV01', lineNumber: 1 },
        { label: 'Server Comment', value: 'Main file server - 2nd floor', lineNumber: 2 },
        { label: 'Software version', value: 'Windows Server 2008 R2 Enterprise', lineNumber: 4 },
        { label: 'Server is active on', value: '', lineNumber: 5 },
        { label: 'Server hidden', value: 'No', lineNumber: 10 },
        { label: 'Maximum Logged On Users', value: '16777216', lineNumber: 11 },
        { label: 'Maximum open files per session', value: '16384', lineNumber: 12 },
        { label: 'Idle session time (min)', value: '15', lineNumber: 14 },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('reads autodisconnect -1 (idle sessions never dropped) and a hidden server', () => {
    expect(parseNetConfigServer(win11_03)).toEqual({
      serverName: 'RECEPTION-PC',
      serverComment: '',
      softwareVersion: 'Windows 11 Pro',
      transports: ['NetbiosSmb (RECEPTION-PC)'],
      serverHidden: 'Yes',
      maxLoggedOnUsers: 20,
      maxOpenFilesPerSession: 16384,
      idleSessionMinutes: -1,
      fields: [
        { label: 'Server Name', value: '\\\\RECEPTION-PC', lineNumber: 1 },
        { label: 'Server Comment', value: '', lineNumber: 2 },
        { label: 'Software version', value: 'Windows 11 Pro', lineNumber: 4 },
        { label: 'Server is active on', value: '', lineNumber: 5 },
        { label: 'Server hidden', value: 'Yes', lineNumber: 9 },
        { label: 'Maximum Logged On Users', value: '20', lineNumber: 10 },
        { label: 'Maximum open files per session', value: '16384', lineNumber: 11 },
        { label: 'Idle session time (min)', value: '-1', lineNumber: 13 },
      ],
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('reads German output by field order alone (labels invented, one reaching the value column)', () => {
    expect(parseNetConfigServer(german_04)).toEqual({
      serverName: 'BUERO-PC',
      serverComment: '',
      softwareVersion: 'Windows 10 Pro',
      transports: ['NetbiosSmb (BUERO-PC)', 'NetBT_Tcpip_{3C4D5E6F-7081-4293-A4B5-C6D7E8F90A1B} (BUERO-PC)'],
      serverHidden: 'Nein',
      maxLoggedOnUsers: 20,
      maxOpenFilesPerSession: 16384,
      idleSessionMinutes: 15,
      fields: [
        { label: 'Servername', value: '\\\\BUERO-PC', lineNumber: 1 },
        { label: 'Serverkommentar', value: '', lineNumber: 2 },
        { label: 'Softwareversion', value: 'Windows 10 Pro', lineNumber: 4 },
        { label: 'Server aktiv auf', value: '', lineNumber: 5 },
        { label: 'Server versteckt', value: 'Nein', lineNumber: 10 },
        { label: 'Maximale Anzahl angemeldeter Benutzer', value: '20', lineNumber: 11 },
        { label: 'Max. geöffnete Dateien pro Sitzung', value: '16384', lineNumber: 12 },
        { label: 'Leerlaufzeit der Sitzung (Min.)', value: '15', lineNumber: 14 },
      ],
      messages: ['Der Befehl wurde erfolgreich ausgeführt.'],
      unrecognizedLines: [],
    });
  });
});

describe('parseNetConfigServer on text that goes wrong', () => {
  it('reads double-width labels whose value column is not 38, from the server name line', () => {
    // Invented zh-CN-like labels: each CJK character takes two cells.
    const text = [
      '服务器名称                                \\\\CAIWU-PC',
      '服务器注释',
      '',
      '软件版本                                  Windows 10 专业版',
      '服务器处于活动状态',
      '        NetbiosSmb (CAIWU-PC)',
      '',
      '服务器隐藏                                否',
      '最大登录用户数                            20',
      '每个会话的最多打开文件数                  16384',
      '',
      '空闲的会话时间(分)                        15',
      '命令成功完成。',
    ].join('\r\n');
    const result = parseNetConfigServer(text);
    expect(result).toMatchObject({
      serverName: 'CAIWU-PC',
      softwareVersion: 'Windows 10 专业版',
      transports: ['NetbiosSmb (CAIWU-PC)'],
      serverHidden: '否',
      maxLoggedOnUsers: 20,
      maxOpenFilesPerSession: 16384,
      idleSessionMinutes: 15,
      messages: ['命令成功完成。'],
      unrecognizedLines: [],
    });
  });

  it('reads output whose completion line is missing, or doubled', () => {
    const withoutCompletion = win10_01.replace('The command completed successfully.\n', '');
    expect(parseNetConfigServer(withoutCompletion)).toMatchObject({ maxLoggedOnUsers: 20, idleSessionMinutes: 15, messages: [] });
    const doubled = `${win10_01}The command completed successfully.\n`;
    expect(parseNetConfigServer(doubled).messages).toEqual(['The command completed successfully.', 'The command completed successfully.']);
  });

  it('does not take a completion line that arrives early for a missing field', () => {
    const text = [
      'Server Name                           \\\\PC1',
      'Server Comment',
      'Software version                      Windows 10 Home',
      'Server is active on',
      '        NetbiosSmb (PC1)',
      'Server hidden                         No',
      'The command completed successfully.',
    ].join('\n');
    expect(parseNetConfigServer(text)).toMatchObject({
      serverName: 'PC1',
      maxLoggedOnUsers: null,
      idleSessionMinutes: null,
      messages: ['The command completed successfully.'],
      unrecognizedLines: [],
    });
  });

  it('keeps an unknown field between known ones, and reports stray indented lines', () => {
    const text = [
      'Server Name                           \\\\PC2',
      '        stray continuation',
      'Server Comment',
      'Software version                      Windows 10 Pro',
      'Server is active on',
      '        NetbiosSmb (PC2)',
      'Server hidden                         No',
      'Maximum Logged On Users               20',
      'Some future field                     yes',
      'Maximum open files per session        16384',
      'Idle session time (min)               15',
    ].join('\n');
    const result = parseNetConfigServer(text);
    expect(result).toMatchObject({ maxLoggedOnUsers: 20, maxOpenFilesPerSession: 16384, idleSessionMinutes: 15 });
    expect(result.fields.map((f) => f.label)).toContain('Some future field');
    expect(result.unrecognizedLines).toEqual([{ lineNumber: 2, text: '        stray continuation' }]);
  });

  it('returns an empty result for an error, keeping its text the usual way', () => {
    expect(parseNetConfigServer('System error 5 has occurred.\r\n\r\nAccess is denied.\r\n\r\n')).toEqual({
      serverName: '',
      serverComment: '',
      softwareVersion: '',
      transports: [],
      serverHidden: '',
      maxLoggedOnUsers: null,
      maxOpenFilesPerSession: null,
      idleSessionMinutes: null,
      fields: [],
      messages: [],
      unrecognizedLines: [
        { lineNumber: 1, text: 'System error 5 has occurred.' },
        { lineNumber: 3, text: 'Access is denied.' },
      ],
    });
    expect(parseNetConfigServer('The Server service is not started.\n')).toMatchObject({
      serverName: '',
      messages: ['The Server service is not started.'],
    });
  });
});
