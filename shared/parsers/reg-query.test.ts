import { describe, expect, it } from 'vitest';
import { findRegValue, parseRegQuery, type RegValue } from './reg-query';
import win11LsaEs from '../fixtures/windows-outputs/reg-query__win11__es__01.txt?raw';
import xpLsaRestrictAnonymous from '../fixtures/documented-layout/reg-query__winxp__lsa-v-restrictanonymous.txt?raw';
import xpCurrentVersion from '../fixtures/documented-layout/reg-query__winxp__currentversion.txt?raw';
import win10LanmanServer from '../fixtures/documented-layout/reg-query__win10__lanmanserver-parameters.txt?raw';
import win10Autodisconnect from '../fixtures/documented-layout/reg-query__win10__lanmanserver-v-autodisconnect.txt?raw';
import win11CurrentVersion from '../fixtures/documented-layout/reg-query__win11__currentversion.txt?raw';
import win10CurrentVersion from '../fixtures/documented-layout/reg-query__win10__currentversion.txt?raw';
import win7CurrentVersion from '../fixtures/documented-layout/reg-query__win7__currentversion.txt?raw';
import notFoundEn from '../fixtures/documented-layout/reg-query__win10__en__not-found.txt?raw';

const LSA = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa';
const LANMAN = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters';
const CURRENT_VERSION = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';

function value(key: string, lineNumber: number, name: string, type: string, data: RegValue['data'], rawData: string): RegValue {
  return { key, name, type, data, rawData, lineNumber };
}

describe('parseRegQuery on a real capture', () => {
  it('reads the whole Lsa key of a Spanish Windows 11: lower-case names, "" security packages, subkeys', () => {
    const lsa = (lineNumber: number, name: string, type: string, data: RegValue['data'], rawData: string) => value(LSA, lineNumber, name, type, data, rawData);
    expect(parseRegQuery(win11LsaEs)).toEqual({
      values: [
        lsa(3, 'auditbasedirectories', 'REG_DWORD', 0, '0x0'),
        lsa(4, 'auditbaseobjects', 'REG_DWORD', 0, '0x0'),
        lsa(5, 'Authentication Packages', 'REG_MULTI_SZ', ['msv1_0'], 'msv1_0'),
        lsa(6, 'Bounds', 'REG_BINARY', '0030000000200000', '0030000000200000'),
        lsa(7, 'crashonauditfail', 'REG_DWORD', 0, '0x0'),
        lsa(8, 'fullprivilegeauditing', 'REG_BINARY', '00', '00'),
        lsa(9, 'LimitBlankPasswordUse', 'REG_DWORD', 1, '0x1'),
        lsa(10, 'NoLmHash', 'REG_DWORD', 1, '0x1'),
        lsa(11, 'Notification Packages', 'REG_MULTI_SZ', ['scecli'], 'scecli'),
        // The stored data is the two characters "" (one entry), not an empty list.
        lsa(12, 'Security Packages', 'REG_MULTI_SZ', ['""'], '""'),
        lsa(13, 'IsPplAutoEnabled', 'REG_DWORD', 1, '0x1'),
        lsa(14, 'RunAsPPL', 'REG_DWORD', 0, '0x0'),
        lsa(15, 'RunAsPPLBoot', 'REG_DWORD', 0, '0x0'),
        lsa(16, 'LsaPid', 'REG_DWORD', 0x498, '0x498'),
        lsa(17, 'LsaCfgFlagsDefault', 'REG_DWORD', 0, '0x0'),
        lsa(18, 'SecureBoot', 'REG_DWORD', 1, '0x1'),
        lsa(19, 'ProductType', 'REG_DWORD', 6, '0x6'),
        lsa(20, 'disabledomaincreds', 'REG_DWORD', 0, '0x0'),
        lsa(21, 'everyoneincludesanonymous', 'REG_DWORD', 0, '0x0'),
        lsa(22, 'forceguest', 'REG_DWORD', 0, '0x0'),
        lsa(23, 'restrictanonymous', 'REG_DWORD', 0, '0x0'),
        lsa(24, 'restrictanonymoussam', 'REG_DWORD', 1, '0x1'),
        lsa(25, 'LsaCfgFlags', 'REG_DWORD', 0, '0x0'),
      ],
      keys: [
        LSA,
        ...[
          'AccessProviders',
          'Audit',
          'CentralizedAccessPolicies',
          'ComponentUpdates',
          'Credssp',
          'Data',
          'DPL',
          'FipsAlgorithmPolicy',
          'GBG',
          'JD',
          'Kerberos',
          'MSV1_0',
          'OfflineLSA',
          'OfflineSAM',
          'OSConfig',
          'Skew1',
          'SSO',
          'SspiCache',
          'Tracing',
        ].map((subkey) => `${LSA}\\${subkey}`),
      ],
      messages: [],
      unrecognizedLines: [],
    });
  });
});

// These files are written from documented layouts, NOT captured: see
// ../fixtures/documented-layout/README.md for the source each one follows.
describe('parseRegQuery on documented layouts (not real captures)', () => {
  it('reads XP reg.exe 3.0: banner, TAB separators, a lower-case value name (/v restrictanonymous)', () => {
    expect(parseRegQuery(xpLsaRestrictAnonymous)).toEqual({
      values: [value(LSA, 5, 'restrictanonymous', 'REG_DWORD', 0, '0x0')],
      keys: [LSA],
      messages: ['! REG.EXE VERSION 3.0'],
      unrecognizedLines: [],
    });
  });

  it('reads XP CurrentVersion: the obsolete CurrentBuild text, an empty REG_SZ, no EditionID', () => {
    const cv = (lineNumber: number, name: string, type: string, data: RegValue['data'], rawData: string) =>
      value(CURRENT_VERSION, lineNumber, name, type, data, rawData);
    const text = (lineNumber: number, name: string, data: string) => cv(lineNumber, name, 'REG_SZ', data, data);
    expect(parseRegQuery(xpCurrentVersion)).toEqual({
      values: [
        text(5, 'CurrentBuild', '1.511.1 () (Obsolete data - do not use)'),
        cv(6, 'InstallDate', 'REG_DWORD', 1092955707, '0x41252e3b'),
        text(7, 'ProductName', 'Microsoft Windows XP'),
        text(8, 'RegDone', ''),
        text(9, 'RegisteredOrganization', 'N/A'),
        text(10, 'RegisteredOwner', 'Owner'),
        text(11, 'SoftwareType', 'SYSTEM'),
        text(12, 'CurrentVersion', '5.1'),
        text(13, 'CurrentBuildNumber', '2600'),
        text(14, 'BuildLab', '2600.xpclient.010817-1148'),
        text(15, 'CurrentType', 'Uniprocessor Free'),
        text(16, 'CSDVersion', 'Service Pack 3'),
        text(17, 'SystemRoot', 'C:\\WINDOWS'),
        text(18, 'PathName', 'C:\\WINDOWS'),
      ],
      keys: [CURRENT_VERSION, `${CURRENT_VERSION}\\Accessibility`, `${CURRENT_VERSION}\\AeDebug`],
      messages: ['! REG.EXE VERSION 3.0'],
      unrecognizedLines: [],
    });
  });

  it('reads LanmanServer\\Parameters: autodisconnect 0xffffffff as 4294967295, multi-string pipes and shares', () => {
    const p = (lineNumber: number, name: string, type: string, data: RegValue['data'], rawData: string) => value(LANMAN, lineNumber, name, type, data, rawData);
    expect(parseRegQuery(win10LanmanServer)).toEqual({
      values: [
        p(3, 'ServiceDll', 'REG_EXPAND_SZ', '%SystemRoot%\\system32\\srvsvc.dll', '%SystemRoot%\\system32\\srvsvc.dll'),
        p(4, 'ServiceDllUnloadOnStop', 'REG_DWORD', 1, '0x1'),
        p(5, 'enableforcedlogoff', 'REG_DWORD', 1, '0x1'),
        p(6, 'enablesecuritysignature', 'REG_DWORD', 0, '0x0'),
        p(7, 'requiresecuritysignature', 'REG_DWORD', 0, '0x0'),
        p(8, 'restrictnullsessaccess', 'REG_DWORD', 1, '0x1'),
        p(9, 'Guid', 'REG_BINARY', '5E1B4D0A3F7C2B4A8E9D1C6F0A2B3C4D', '5E1B4D0A3F7C2B4A8E9D1C6F0A2B3C4D'),
        p(10, 'Lmannounce', 'REG_DWORD', 0, '0x0'),
        p(
          11,
          'NullSessionPipes',
          'REG_MULTI_SZ',
          ['COMNAP', 'COMNODE', 'SQL\\QUERY', 'SPOOLSS', 'LLSRPC', 'browser'],
          'COMNAP\\0COMNODE\\0SQL\\QUERY\\0SPOOLSS\\0LLSRPC\\0browser',
        ),
        p(12, 'NullSessionShares', 'REG_MULTI_SZ', ['COMCFG', 'DFS$'], 'COMCFG\\0DFS$'),
        p(13, 'autodisconnect', 'REG_DWORD', 4294967295, '0xffffffff'),
        p(14, 'Size', 'REG_DWORD', 1, '0x1'),
        p(15, 'srvcomment', 'REG_SZ', '', ''),
      ],
      keys: [LANMAN, `${LANMAN}\\FsctlAllowlist`],
      messages: [],
      unrecognizedLines: [],
    });
  });

  it('reads the /v single-value form', () => {
    expect(parseRegQuery(win10Autodisconnect)).toEqual({
      values: [value(LANMAN, 3, 'autodisconnect', 'REG_DWORD', 4294967295, '0xffffffff')],
      keys: [LANMAN],
      messages: [],
      unrecognizedLines: [],
    });
  });

  it('reads Windows 11 CurrentVersion, keeping a QWORD beyond 2^53 exact in rawData', () => {
    const cv = (lineNumber: number, name: string, type: string, data: RegValue['data'], rawData: string) =>
      value(CURRENT_VERSION, lineNumber, name, type, data, rawData);
    const text = (lineNumber: number, name: string, data: string) => cv(lineNumber, name, 'REG_SZ', data, data);
    const result = parseRegQuery(win11CurrentVersion);
    expect(result).toEqual({
      values: [
        text(3, 'SystemRoot', 'C:\\WINDOWS'),
        text(4, 'BuildLab', '22621.ni_release.220506-1250'),
        text(5, 'CurrentBuild', '22631'),
        text(6, 'CurrentBuildNumber', '22631'),
        cv(7, 'CurrentMajorVersionNumber', 'REG_DWORD', 10, '0xa'),
        cv(8, 'CurrentMinorVersionNumber', 'REG_DWORD', 0, '0x0'),
        text(9, 'CurrentType', 'Multiprocessor Free'),
        text(10, 'CurrentVersion', '6.3'),
        text(11, 'DisplayVersion', '23H2'),
        text(12, 'EditionID', 'Professional'),
        text(13, 'InstallationType', 'Client'),
        cv(14, 'InstallDate', 'REG_DWORD', 0x6553a1f0, '0x6553a1f0'),
        text(15, 'ProductName', 'Windows 10 Pro'),
        text(16, 'ReleaseId', '2009'),
        cv(17, 'UBR', 'REG_DWORD', 3447, '0xd77'),
        cv(18, 'InstallTime', 'REG_QWORD', 133450399264554880, '0x1da1c6e5b4c3f83'),
        text(19, 'RegisteredOrganization', ''),
        text(20, 'RegisteredOwner', 'Usuario'),
      ],
      keys: [CURRENT_VERSION, `${CURRENT_VERSION}\\Accessibility`, `${CURRENT_VERSION}\\AppCompatFlags`],
      messages: [],
      unrecognizedLines: [],
    });
    // The rounded number is not the stored one; the printed hex is.
    expect(BigInt(result.values[15]!.rawData)).toBe(133450399264554883n);
  });

  it('reads Windows 10 CurrentVersion (EditionID Core)', () => {
    const cv = (lineNumber: number, name: string, type: string, data: RegValue['data'], rawData: string) =>
      value(CURRENT_VERSION, lineNumber, name, type, data, rawData);
    const text = (lineNumber: number, name: string, data: string) => cv(lineNumber, name, 'REG_SZ', data, data);
    expect(parseRegQuery(win10CurrentVersion)).toEqual({
      values: [
        text(3, 'SystemRoot', 'C:\\WINDOWS'),
        text(4, 'BuildLab', '19041.vb_release.191206-1406'),
        text(5, 'CurrentBuild', '19045'),
        text(6, 'CurrentBuildNumber', '19045'),
        cv(7, 'CurrentMajorVersionNumber', 'REG_DWORD', 10, '0xa'),
        cv(8, 'CurrentMinorVersionNumber', 'REG_DWORD', 0, '0x0'),
        text(9, 'CurrentVersion', '6.3'),
        text(10, 'DisplayVersion', '22H2'),
        text(11, 'EditionID', 'Core'),
        text(12, 'InstallationType', 'Client'),
        text(13, 'ProductName', 'Windows 10 Home'),
        text(14, 'ReleaseId', '2009'),
        cv(15, 'UBR', 'REG_DWORD', 3933, '0xf5d'),
      ],
      keys: [CURRENT_VERSION, `${CURRENT_VERSION}\\Accessibility`],
      messages: [],
      unrecognizedLines: [],
    });
  });

  it('reads Windows 7 CurrentVersion (service pack, EditionID Professional)', () => {
    const cv = (lineNumber: number, name: string, type: string, data: RegValue['data'], rawData: string) =>
      value(CURRENT_VERSION, lineNumber, name, type, data, rawData);
    const text = (lineNumber: number, name: string, data: string) => cv(lineNumber, name, 'REG_SZ', data, data);
    expect(parseRegQuery(win7CurrentVersion)).toEqual({
      values: [
        text(3, 'CurrentVersion', '6.1'),
        text(4, 'CurrentBuild', '7601'),
        text(5, 'SoftwareType', 'System'),
        text(6, 'CurrentType', 'Multiprocessor Free'),
        cv(7, 'InstallDate', 'REG_DWORD', 0x55a6377d, '0x55a6377d'),
        text(8, 'RegisteredOrganization', ''),
        text(9, 'RegisteredOwner', 'User'),
        text(10, 'SystemRoot', 'C:\\Windows'),
        text(11, 'InstallationType', 'Client'),
        text(12, 'EditionID', 'Professional'),
        text(13, 'ProductName', 'Windows 7 Professional'),
        text(14, 'CurrentBuildNumber', '7601'),
        text(15, 'BuildLab', '7601.win7sp1_gdr.150202-1526'),
        text(16, 'CSDBuildNumber', '1130'),
        text(17, 'CSDVersion', 'Service Pack 1'),
      ],
      keys: [CURRENT_VERSION, `${CURRENT_VERSION}\\Accessibility`],
      messages: [],
      unrecognizedLines: [],
    });
  });

  it('returns no values and keeps the (localized) not-found error as a message', () => {
    expect(parseRegQuery(notFoundEn)).toEqual({
      values: [],
      keys: [],
      messages: ['ERROR: The system was unable to find the specified registry key or value.'],
      unrecognizedLines: [],
    });
    // zh-CN, as LOCALIZED-HEADERS.md records it from a capture kept for acceptance tests.
    expect(parseRegQuery('错误: 系统找不到指定的注册表项或值。\r\n')).toEqual({
      values: [],
      keys: [],
      messages: ['错误: 系统找不到指定的注册表项或值。'],
      unrecognizedLines: [],
    });
  });
});

describe('parseRegQuery on layout variations', () => {
  it('reads Microsoft’s published XP samples, whose TABs were expanded into spaces', () => {
    // PowerShell docs ("Working with registry entries") and the WinDbg docs (StackTraceDatabaseSizeInMB).
    const text = [
      '! REG.EXE VERSION 3.0',
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion',
      '    DevicePath  REG_EXPAND_SZ   %SystemRoot%\\inf',
      '',
      'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\MyApp.exe',
      '    StackTraceDatabaseSizeInMB  REG_DWORD       0x18',
    ].join('\n');
    expect(parseRegQuery(text)).toEqual({
      values: [
        value('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion', 4, 'DevicePath', 'REG_EXPAND_SZ', '%SystemRoot%\\inf', '%SystemRoot%\\inf'),
        value(
          'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\MyApp.exe',
          7,
          'StackTraceDatabaseSizeInMB',
          'REG_DWORD',
          24,
          '0x18',
        ),
      ],
      keys: [
        'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion',
        'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\MyApp.exe',
      ],
      messages: ['! REG.EXE VERSION 3.0'],
      unrecognizedLines: [],
    });
  });

  it('reads multi-strings: XP’s trailing \\0\\0, an empty list, and the two-character "" entry', () => {
    const text = [
      '',
      '! REG.EXE VERSION 3.0',
      '',
      LSA,
      '    Authentication Packages\tREG_MULTI_SZ\tmsv1_0\\0\\0',
      '    Security Packages\tREG_MULTI_SZ\tkerberos\\0msv1_0\\0schannel\\0wdigest\\0\\0',
      '    Empty\tREG_MULTI_SZ\t',
      '',
    ].join('\r\n');
    expect(parseRegQuery(text).values).toEqual([
      value(LSA, 5, 'Authentication Packages', 'REG_MULTI_SZ', ['msv1_0'], 'msv1_0\\0\\0'),
      value(LSA, 6, 'Security Packages', 'REG_MULTI_SZ', ['kerberos', 'msv1_0', 'schannel', 'wdigest'], 'kerberos\\0msv1_0\\0schannel\\0wdigest\\0\\0'),
      value(LSA, 7, 'Empty', 'REG_MULTI_SZ', [], ''),
    ]);
  });

  it('keeps localized default-value names as printed, and spaces inside names and data', () => {
    const key = 'HKEY_CURRENT_USER\\Software\\Example';
    const text = [
      '',
      key,
      '    (Default)    REG_SZ    (value not set)',
      '    (默认)    REG_SZ    ',
      '    <NO NAME>\tREG_SZ\tGoogle Chrome',
      '    Display Name    REG_SZ      two leading spaces',
      '    Cut    REG_SZ',
      '',
    ].join('\n');
    expect(parseRegQuery(text)).toEqual({
      values: [
        value(key, 3, '(Default)', 'REG_SZ', '(value not set)', '(value not set)'),
        value(key, 4, '(默认)', 'REG_SZ', '', ''),
        value(key, 5, '<NO NAME>', 'REG_SZ', 'Google Chrome', 'Google Chrome'),
        value(key, 6, 'Display Name', 'REG_SZ', '  two leading spaces', '  two leading spaces'),
        value(key, 7, 'Cut', 'REG_SZ', '', ''),
      ],
      keys: [key],
      messages: [],
      unrecognizedLines: [],
    });
  });

  it('reads recursive output with a search summary, and a pasted value with no key line', () => {
    const text = [
      '',
      LANMAN,
      '    autodisconnect    REG_DWORD    0xf',
      '',
      `${LANMAN}\\FsctlAllowlist`,
      '    FSCTL_QUERY_FAT_BPB    REG_DWORD    0x90058',
      '',
      'End of search: 2 match(es) found.',
    ].join('\n');
    expect(parseRegQuery(text)).toEqual({
      values: [
        value(LANMAN, 3, 'autodisconnect', 'REG_DWORD', 15, '0xf'),
        value(`${LANMAN}\\FsctlAllowlist`, 6, 'FSCTL_QUERY_FAT_BPB', 'REG_DWORD', 0x90058, '0x90058'),
      ],
      keys: [LANMAN, `${LANMAN}\\FsctlAllowlist`],
      messages: ['End of search: 2 match(es) found.'],
      unrecognizedLines: [],
    });
    expect(parseRegQuery('Security Packages    REG_MULTI_SZ    kerberos\\0msv1_0').values).toEqual([
      value('', 1, 'Security Packages', 'REG_MULTI_SZ', ['kerberos', 'msv1_0'], 'kerberos\\0msv1_0'),
    ]);
  });

  it('reports lines it cannot place: a number that is not one, indented noise, text between keys', () => {
    const text = [LSA, '    restrictanonymous    REG_DWORD    zero', '    stray indented text', 'between keys', `${LSA}\\Audit`].join('\n');
    expect(parseRegQuery(text)).toEqual({
      values: [],
      keys: [LSA, `${LSA}\\Audit`],
      messages: [],
      unrecognizedLines: [
        { lineNumber: 2, text: '    restrictanonymous    REG_DWORD    zero' },
        { lineNumber: 3, text: '    stray indented text' },
        { lineNumber: 4, text: 'between keys' },
      ],
    });
  });

  it('keeps a two-line usage error as messages, and reports longer text without keys', () => {
    expect(parseRegQuery('ERROR: Invalid syntax.\nType "REG QUERY /?" for usage.\n')).toEqual({
      values: [],
      keys: [],
      messages: ['ERROR: Invalid syntax.', 'Type "REG QUERY /?" for usage.'],
      unrecognizedLines: [],
    });
    expect(parseRegQuery('one\ntwo\nthree')).toEqual({
      values: [],
      keys: [],
      messages: [],
      unrecognizedLines: [
        { lineNumber: 1, text: 'one' },
        { lineNumber: 2, text: 'two' },
        { lineNumber: 3, text: 'three' },
      ],
    });
  });
});

describe('findRegValue', () => {
  const { values } = parseRegQuery(win11LsaEs);
  const lanman = parseRegQuery(win10LanmanServer).values;

  it('matches names case-insensitively, since case differs between systems', () => {
    expect(findRegValue(values, 'RestrictAnonymous')).toEqual(value(LSA, 23, 'restrictanonymous', 'REG_DWORD', 0, '0x0'));
    expect(findRegValue(lanman, 'RestrictNullSessAccess')?.data).toBe(1);
  });

  it('restricts to a key, case-insensitively and with HKLM for HKEY_LOCAL_MACHINE', () => {
    expect(findRegValue(values, 'restrictanonymous', 'hklm\\system\\currentcontrolset\\control\\lsa\\')?.lineNumber).toBe(23);
    expect(findRegValue(values, 'restrictanonymous', `${LSA}\\Audit`)).toBeNull();
  });

  it('returns null for a value that is not there', () => {
    expect(findRegValue(values, 'RestrictAnonymousSam2')).toBeNull();
    expect(findRegValue([], 'anything')).toBeNull();
  });
});
