import { describe, expect, it } from 'vitest';
import { formatNbtstatBytes, renderNbtstatSessions } from './nbtstat';
import byIp_01 from '../../fixtures/documented-layout/nbtstat-s__documented__en__01.txt?raw';
import byName_02 from '../../fixtures/documented-layout/nbtstat-s__documented__en__02.txt?raw';
import none_03 from '../../fixtures/documented-layout/nbtstat-s__documented__en__03.txt?raw';

// No real capture of nbtstat -s / -S exists (INDEX.md, gaps). The documented-layout fixtures are NOT real
// captures; they are CRLF files and are compared byte for byte.
describe('renderNbtstatSessions against documented-layout fixtures (not real captures), byte for byte', () => {
  it('equals fixture 01 (nbtstat -S): inbound sessions by address, an outbound one, a listener, adapters without sessions', () => {
    const text = renderNbtstatSessions(
      [
        {
          name: 'Ethernet',
          nodeIpAddress: '192.168.1.10',
          scopeId: '',
          connections: [
            { localName: 'OFFICE-PC', state: 'Connected', direction: 'In', remoteHost: '192.168.1.21', input: '4KB', output: '1KB' },
            { localName: 'OFFICE-PC', state: 'Connected', direction: 'In', remoteHost: '192.168.1.22', input: '144B', output: '98B' },
            { localName: 'OFFICE-PC', state: 'Connected', direction: 'In', remoteHost: '192.168.1.35', input: '12MB', output: '3MB' },
            { localName: 'OFFICE-PC', localSuffix: '00', state: 'Connected', direction: 'Out', remoteHost: '192.168.1.5', input: '25KB', output: '310KB' },
            { localName: 'OFFICE-PC', localSuffix: '03', state: 'Listening', direction: '', remoteHost: '', input: '', output: '' },
          ],
        },
        { name: 'Wi-Fi', nodeIpAddress: '0.0.0.0', scopeId: '', connections: [] },
        { name: 'Bluetooth Network Connection', nodeIpAddress: '0.0.0.0', scopeId: '', connections: [] },
      ],
      'en',
    );
    expect(text).toBe(byIp_01);
  });

  it('equals fixture 02 (nbtstat -s): remote names with suffixes, an idle endpoint, gigabytes', () => {
    const text = renderNbtstatSessions(
      [
        {
          name: 'Local Area Connection',
          nodeIpAddress: '10.0.0.15',
          scopeId: '',
          connections: [
            { localName: 'FRONTDESK', state: 'Connected', direction: 'In', remoteHost: 'ACCOUNTING', input: '52KB', output: '8KB' },
            { localName: 'FRONTDESK', state: 'Connected', direction: 'In', remoteHost: 'RECEPTION-2', remoteSuffix: '00', input: '1KB', output: '999B' },
            {
              localName: 'FRONTDESK',
              localSuffix: '00',
              state: 'Connected',
              direction: 'Out',
              remoteHost: 'NAS',
              remoteSuffix: '20',
              input: '2GB',
              output: '41KB',
            },
            { localName: 'FRONTDESK', localSuffix: '00', state: 'Idle', direction: '', remoteHost: '', input: '', output: '' },
          ],
        },
        { name: 'Wireless Network Connection', nodeIpAddress: '0.0.0.0', scopeId: '', connections: [] },
      ],
      'en',
    );
    expect(text).toBe(byName_02);
  });

  it('equals fixture 03: every adapter without connections, one with a scope id', () => {
    const text = renderNbtstatSessions(
      [
        { name: 'Ethernet', nodeIpAddress: '172.16.4.20', scopeId: 'corp.example', connections: [] },
        { name: 'Ethernet 2', nodeIpAddress: '0.0.0.0', scopeId: '', connections: [] },
        { name: 'vEthernet (Default Switch)', nodeIpAddress: '172.29.80.1', scopeId: '', connections: [] },
      ],
      'en',
    );
    expect(text).toBe(none_03);
  });
});

describe('formatNbtstatBytes', () => {
  it.each([
    [0, '0B'],
    [999, '999B'],
    [1000, '1KB'],
    [999_999, '999KB'],
    [12_345_678, '12MB'],
    [2_500_000_000, '2GB'],
  ])('prints %d bytes as %s (divided by 1000 and cut)', (bytes, printed) => {
    expect(formatNbtstatBytes(bytes)).toBe(printed);
  });
});

describe('renderNbtstatSessions in German (unverified words)', () => {
  it('keeps the layout and brackets, translating the labels', () => {
    const lines = renderNbtstatSessions([{ name: 'Ethernet', nodeIpAddress: '192.168.2.10', scopeId: '', connections: [] }], 'de').split('\r\n');
    expect(lines).toEqual(['    ', 'Ethernet:', 'Knoten-IP-Adresse: [192.168.2.10] Bereichskennung: []', '', '    Keine Verbindungen', '']);
  });
});
