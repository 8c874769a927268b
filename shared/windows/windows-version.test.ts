import { describe, expect, it } from 'vitest';
import { parseRegQuery } from '../parsers/reg-query';
import { windowsVersionFromRegistry } from './windows-version';
import xpCurrentVersion from '../fixtures/documented-layout/reg-query__winxp__currentversion.txt?raw';
import win11CurrentVersion from '../fixtures/documented-layout/reg-query__win11__currentversion.txt?raw';
import win10CurrentVersion from '../fixtures/documented-layout/reg-query__win10__currentversion.txt?raw';
import win7CurrentVersion from '../fixtures/documented-layout/reg-query__win7__currentversion.txt?raw';
import win11LsaEs from '../fixtures/windows-outputs/reg-query__win11__es__01.txt?raw';

const CURRENT_VERSION = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';

/** `reg query` output for CurrentVersion with the given string values, in the modern layout. */
function currentVersion(values: Record<string, string>): string {
  const lines = Object.entries(values).map(([name, data]) => `    ${name}    REG_SZ    ${data}`);
  return ['', CURRENT_VERSION, ...lines, ''].join('\r\n');
}

const XP_PRODUCT_OPTIONS_HOME = [
  '',
  '! REG.EXE VERSION 3.0',
  '',
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions',
  '    ProductType\tREG_SZ\tWinNT',
  '    ProductSuite\tREG_MULTI_SZ\tPersonal\\0\\0',
  '',
].join('\r\n');

// The CurrentVersion files are written from documented layouts, NOT captured (see
// ../fixtures/documented-layout/README.md).
describe('windowsVersionFromRegistry on documented CurrentVersion layouts (not real captures)', () => {
  it('names Windows 11 although ProductName says Windows 10', () => {
    expect(windowsVersionFromRegistry(parseRegQuery(win11CurrentVersion).values)).toEqual({
      family: '11',
      name: 'Windows 11 Pro',
      build: 22631,
      edition: 'Professional',
      editionName: 'Pro',
      isServer: false,
      displayVersion: '23H2',
      servicePack: null,
    });
  });

  it('reads Windows 10 Home from EditionID Core', () => {
    expect(windowsVersionFromRegistry(parseRegQuery(win10CurrentVersion).values)).toEqual({
      family: '10',
      name: 'Windows 10 Home',
      build: 19045,
      edition: 'Core',
      editionName: 'Home',
      isServer: false,
      displayVersion: '22H2',
      servicePack: null,
    });
  });

  it('reads Windows 7 with its service pack', () => {
    expect(windowsVersionFromRegistry(parseRegQuery(win7CurrentVersion).values)).toEqual({
      family: '7',
      name: 'Windows 7 Professional',
      build: 7601,
      edition: 'Professional',
      editionName: 'Pro',
      isServer: false,
      displayVersion: null,
      servicePack: 'Service Pack 1',
    });
  });

  it('reads XP from CurrentBuildNumber; CurrentVersion alone cannot tell Home from Professional', () => {
    expect(windowsVersionFromRegistry(parseRegQuery(xpCurrentVersion).values)).toEqual({
      family: 'xp',
      name: 'Microsoft Windows XP',
      build: 2600,
      edition: null,
      editionName: null,
      isServer: false,
      displayVersion: null,
      servicePack: 'Service Pack 3',
    });
  });

  it('reads XP Home when ProductOptions lists the "Personal" suite, and Professional when it does not', () => {
    const xp = parseRegQuery(xpCurrentVersion).values;
    const home = parseRegQuery(XP_PRODUCT_OPTIONS_HOME).values;
    expect(windowsVersionFromRegistry([...xp, ...home])).toEqual({
      family: 'xp',
      name: 'Microsoft Windows XP',
      build: 2600,
      edition: null,
      editionName: 'Home',
      isServer: false,
      displayVersion: null,
      servicePack: 'Service Pack 3',
    });
    const pro = parseRegQuery(XP_PRODUCT_OPTIONS_HOME.replace('Personal\\0\\0', '')).values;
    expect(windowsVersionFromRegistry([...xp, ...pro]).editionName).toBe('Pro');
  });
});

describe('windowsVersionFromRegistry on other versions and on missing data', () => {
  it('recognises servers by InstallationType, EditionID or ProductName', () => {
    const server2022 = currentVersion({
      CurrentBuildNumber: '20348',
      EditionID: 'ServerStandard',
      InstallationType: 'Server',
      ProductName: 'Windows Server 2022 Standard',
      DisplayVersion: '21H2',
    });
    expect(windowsVersionFromRegistry(parseRegQuery(server2022).values)).toEqual({
      family: 'server',
      name: 'Windows Server 2022 Standard',
      build: 20348,
      edition: 'ServerStandard',
      editionName: 'Standard',
      isServer: true,
      displayVersion: '21H2',
      servicePack: null,
    });
    // Server 2025 has a build above 22000: its name must not be "corrected".
    const server2025 = currentVersion({ CurrentBuildNumber: '26100', ProductName: 'Windows Server 2025 Datacenter' });
    expect(windowsVersionFromRegistry(parseRegQuery(server2025).values)).toMatchObject({
      family: 'server',
      name: 'Windows Server 2025 Datacenter',
      isServer: true,
    });
    const server2003 = currentVersion({
      CurrentVersion: '5.2',
      CurrentBuildNumber: '3790',
      ProductName: 'Microsoft Windows Server 2003',
      CSDVersion: 'Service Pack 2',
    });
    expect(windowsVersionFromRegistry(parseRegQuery(server2003).values)).toMatchObject({
      family: 'server-2003',
      isServer: true,
      servicePack: 'Service Pack 2',
    });
  });

  it('tells XP x64 (build 3790, not a server) from Server 2003', () => {
    const xp64 = currentVersion({ CurrentVersion: '5.2', CurrentBuildNumber: '3790', ProductName: 'Microsoft Windows XP' });
    expect(windowsVersionFromRegistry(parseRegQuery(xp64).values)).toMatchObject({ family: 'xp', isServer: false });
  });

  it('reads the old families by build and by CurrentVersion', () => {
    const family = (values: Record<string, string>) => windowsVersionFromRegistry(parseRegQuery(currentVersion(values)).values).family;
    expect(family({ CurrentVersion: '4.0', CurrentBuildNumber: '1381' })).toBe('nt4');
    expect(family({ CurrentVersion: '5.0', CurrentBuildNumber: '2195', ProductName: 'Microsoft Windows 2000' })).toBe('2000');
    expect(family({ CurrentVersion: '6.0', CurrentBuildNumber: '6002', EditionID: 'HomeBasic' })).toBe('vista');
    expect(family({ CurrentVersion: '6.2', CurrentBuildNumber: '9200' })).toBe('8');
    expect(family({ CurrentVersion: '6.3', CurrentBuildNumber: '9600' })).toBe('8.1');
    expect(family({ CurrentVersion: '6.1' })).toBe('7');
    expect(family({ ProductName: 'Windows 10 Pro' })).toBe('10');
  });

  it('reads Vista editions in plain words', () => {
    const version = windowsVersionFromRegistry(
      parseRegQuery(currentVersion({ CurrentBuildNumber: '6002', EditionID: 'HomeBasic', ProductName: 'Windows Vista (TM) Home Basic' })).values,
    );
    expect(version).toEqual({
      family: 'vista',
      name: 'Windows Vista (TM) Home Basic',
      build: 6002,
      edition: 'HomeBasic',
      editionName: 'Home Basic',
      isServer: false,
      displayVersion: null,
      servicePack: null,
    });
  });

  it('falls back to ReleaseId when DisplayVersion is absent', () => {
    const win10_1909 = currentVersion({ CurrentBuildNumber: '18363', ReleaseId: '1909', EditionID: 'Enterprise', ProductName: 'Windows 10 Enterprise' });
    expect(windowsVersionFromRegistry(parseRegQuery(win10_1909).values)).toMatchObject({ family: '10', displayVersion: '1909', editionName: 'Enterprise' });
  });

  it('answers unknown, without throwing, when nothing useful is there', () => {
    const unknown = {
      family: 'unknown',
      name: null,
      build: null,
      edition: null,
      editionName: null,
      isServer: false,
      displayVersion: null,
      servicePack: null,
    };
    expect(windowsVersionFromRegistry([])).toEqual(unknown);
    // The Lsa key has a ProductType too (a DWORD): it is not ProductOptions' ProductType.
    expect(windowsVersionFromRegistry(parseRegQuery(win11LsaEs).values)).toEqual(unknown);
  });
});
