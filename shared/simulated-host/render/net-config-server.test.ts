import { describe, expect, it } from 'vitest';
import { renderNetConfigServer } from './net-config-server';
import { asCopied } from './testing/published-text';
import win10_01 from '../../fixtures/windows-outputs/net-config-server__win10__en__01.txt?raw';
import xp_01 from '../../fixtures/documented-layout/net-config-server__documented-winxp-home__en__01.txt?raw';
import server_02 from '../../fixtures/documented-layout/net-config-server__documented-winserver2008r2__en__02.txt?raw';
import win11_03 from '../../fixtures/documented-layout/net-config-server__documented-win11__en__03.txt?raw';
import german_04 from '../../fixtures/documented-layout/net-config-server__documented-win10__de__04.txt?raw';

const WIN10_PRO = {
  comment: '',
  softwareVersion: 'Windows 10 Pro',
  maxLoggedOnUsers: 20,
  maxOpenFilesPerSession: 16384,
  autodisconnectMinutes: 15,
  hidden: false,
};

describe('renderNetConfigServer against the real capture', () => {
  it('equals net-config-server win10 01 modulo line endings and net.exe’s closing empty line', () => {
    const text = renderNetConfigServer('DESKTOP-8GB0J2A', WIN10_PRO, 'en', {
      transports: ['NetbiosSmb (DESKTOP-8GB0J2A)', 'NetBT_Tcpip_{EF22887A-91EF-4633-A2DE-7D088A3DEB47} (DESKTOP-8GB0J2A)'],
    });
    expect(asCopied(text)).toBe(win10_01);
  });
});

// Documented-layout fixtures: NOT real captures (see ../../fixtures/documented-layout/README.md). They are
// CRLF files that keep net.exe's closing empty line, so they are compared byte for byte.
describe('renderNetConfigServer against documented-layout fixtures (not real captures), byte for byte', () => {
  it('equals the XP Home fixture: 5 users, transports named by MAC address', () => {
    const text = renderNetConfigServer('KITCHEN', { ...WIN10_PRO, softwareVersion: 'Windows 2002', maxLoggedOnUsers: 5 }, 'en', {
      transports: ['NetbiosSmb (000000000000)', 'NetBT_Tcpip_{6F1A2B3C-4D5E-4F60-8172-93A4B5C6D7E8} (000C29A1B2C3)'],
    });
    expect(text).toBe(xp_01);
  });

  it('equals the Server 2008 R2 fixture: a comment with spaces, 16777216 users', () => {
    const text = renderNetConfigServer(
      'FILESRV01',
      { ...WIN10_PRO, comment: 'Main file server - 2nd floor', softwareVersion: 'Windows Server 2008 R2 Enterprise', maxLoggedOnUsers: 16777216 },
      'en',
      { transports: ['NetbiosSmb (FILESRV01)', 'NetBT_Tcpip_{0A1B2C3D-4E5F-4061-8273-A4B5C6D7E8F9} (FILESRV01)'] },
    );
    expect(text).toBe(server_02);
  });

  it('equals the Windows 11 fixture: autodisconnect -1, hidden', () => {
    const text = renderNetConfigServer('RECEPTION-PC', { ...WIN10_PRO, softwareVersion: 'Windows 11 Pro', autodisconnectMinutes: -1, hidden: true }, 'en', {
      transports: ['NetbiosSmb (RECEPTION-PC)'],
    });
    expect(text).toBe(win11_03);
  });

  it('equals the German fixture (its labels are invented, and so unverified here too): a 37-cell label keeps one space', () => {
    const text = renderNetConfigServer('BUERO-PC', WIN10_PRO, 'de', {
      transports: ['NetbiosSmb (BUERO-PC)', 'NetBT_Tcpip_{3C4D5E6F-7081-4293-A4B5-C6D7E8F90A1B} (BUERO-PC)'],
    });
    expect(text).toBe(german_04);
  });
});

describe('renderNetConfigServer: default transports', () => {
  it('names a NetbiosSmb and a NetBT_Tcpip transport with a GUID that depends only on the computer name', () => {
    const lines = renderNetConfigServer('OFFICE-PC', WIN10_PRO, 'en').split('\r\n');
    expect(lines[5]).toBe('        NetbiosSmb (OFFICE-PC)');
    expect(lines[6]).toMatch(/^ {8}NetBT_Tcpip_\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\} \(OFFICE-PC\)$/);
    expect(renderNetConfigServer('OFFICE-PC', WIN10_PRO, 'en')).toBe(lines.join('\r\n'));
    expect(renderNetConfigServer('OTHER-PC', WIN10_PRO, 'en').split('\r\n')[6]).not.toBe(lines[6]!.replace('OFFICE-PC', 'OTHER-PC'));
  });
});
