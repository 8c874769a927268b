import { describe, expect, it } from 'vitest';
import { parseNbtstatSessions } from './nbtstat';
import byIp_01 from '../fixtures/documented-layout/nbtstat-s__documented__en__01.txt?raw';
import byName_02 from '../fixtures/documented-layout/nbtstat-s__documented__en__02.txt?raw';
import none_03 from '../fixtures/documented-layout/nbtstat-s__documented__en__03.txt?raw';

// No real capture of nbtstat -s/-S exists in the fixtures. These files follow the layout documented by
// nbtstat's message table (headings, state words, "No Connections") and its row format strings; see
// ../fixtures/documented-layout/README.md. They are NOT captures.
describe('parseNbtstatSessions on documented-layout fixtures (not real captures)', () => {
  it('reads nbtstat -S: inbound sessions by IP address, an outbound one, a listener, adapters without sessions', () => {
    expect(parseNbtstatSessions(byIp_01)).toEqual({
      interfaces: [
        {
          name: 'Ethernet',
          nodeIpAddress: '192.168.1.10',
          scopeId: '',
          connections: [
            {
              localName: 'OFFICE-PC',
              state: 'Connected',
              direction: 'in',
              directionText: 'In',
              remoteHost: '192.168.1.21',
              input: '4KB',
              output: '1KB',
              inputBytes: 4000,
              outputBytes: 1000,
              lineNumber: 9,
            },
            {
              localName: 'OFFICE-PC',
              state: 'Connected',
              direction: 'in',
              directionText: 'In',
              remoteHost: '192.168.1.22',
              input: '144B',
              output: '98B',
              inputBytes: 144,
              outputBytes: 98,
              lineNumber: 10,
            },
            {
              localName: 'OFFICE-PC',
              state: 'Connected',
              direction: 'in',
              directionText: 'In',
              remoteHost: '192.168.1.35',
              input: '12MB',
              output: '3MB',
              inputBytes: 12_000_000,
              outputBytes: 3_000_000,
              lineNumber: 11,
            },
            {
              localName: 'OFFICE-PC',
              localSuffix: '00',
              state: 'Connected',
              direction: 'out',
              directionText: 'Out',
              remoteHost: '192.168.1.5',
              input: '25KB',
              output: '310KB',
              inputBytes: 25_000,
              outputBytes: 310_000,
              lineNumber: 12,
            },
            {
              localName: 'OFFICE-PC',
              localSuffix: '03',
              state: 'Listening',
              direction: '',
              directionText: '',
              remoteHost: '',
              input: '',
              output: '',
              inputBytes: null,
              outputBytes: null,
              lineNumber: 13,
            },
          ],
          noConnections: false,
          lineNumber: 3,
        },
        { name: 'Wi-Fi', nodeIpAddress: '0.0.0.0', scopeId: '', connections: [], noConnections: true, lineNumber: 16 },
        { name: 'Bluetooth Network Connection', nodeIpAddress: '0.0.0.0', scopeId: '', connections: [], noConnections: true, lineNumber: 21 },
      ],
      messages: [],
      unrecognizedLines: [],
    });
  });

  it('reads nbtstat -s: remote hosts by NetBIOS name with their suffix, an idle endpoint, gigabytes', () => {
    expect(parseNbtstatSessions(byName_02)).toEqual({
      interfaces: [
        {
          name: 'Local Area Connection',
          nodeIpAddress: '10.0.0.15',
          scopeId: '',
          connections: [
            {
              localName: 'FRONTDESK',
              state: 'Connected',
              direction: 'in',
              directionText: 'In',
              remoteHost: 'ACCOUNTING',
              remoteSuffix: '00',
              input: '52KB',
              output: '8KB',
              inputBytes: 52_000,
              outputBytes: 8_000,
              lineNumber: 9,
            },
            {
              localName: 'FRONTDESK',
              state: 'Connected',
              direction: 'in',
              directionText: 'In',
              remoteHost: 'RECEPTION-2',
              remoteSuffix: '00',
              input: '1KB',
              output: '999B',
              inputBytes: 1_000,
              outputBytes: 999,
              lineNumber: 10,
            },
            {
              localName: 'FRONTDESK',
              localSuffix: '00',
              state: 'Connected',
              direction: 'out',
              directionText: 'Out',
              remoteHost: 'NAS',
              remoteSuffix: '20',
              input: '2GB',
              output: '41KB',
              inputBytes: 2_000_000_000,
              outputBytes: 41_000,
              lineNumber: 11,
            },
            {
              localName: 'FRONTDESK',
              localSuffix: '00',
              state: 'Idle',
              direction: '',
              directionText: '',
              remoteHost: '',
              input: '',
              output: '',
              inputBytes: null,
              outputBytes: null,
              lineNumber: 12,
            },
          ],
          noConnections: false,
          lineNumber: 3,
        },
        { name: 'Wireless Network Connection', nodeIpAddress: '0.0.0.0', scopeId: '', connections: [], noConnections: true, lineNumber: 15 },
      ],
      messages: [],
      unrecognizedLines: [],
    });
  });

  it('reads adapters that all print "No Connections", a scope id, and adapter names with spaces and parentheses', () => {
    expect(parseNbtstatSessions(none_03)).toEqual({
      interfaces: [
        { name: 'Ethernet', nodeIpAddress: '172.16.4.20', scopeId: 'corp.example', connections: [], noConnections: true, lineNumber: 3 },
        { name: 'Ethernet 2', nodeIpAddress: '0.0.0.0', scopeId: '', connections: [], noConnections: true, lineNumber: 8 },
        { name: 'vEthernet (Default Switch)', nodeIpAddress: '172.29.80.1', scopeId: '', connections: [], noConnections: true, lineNumber: 13 },
      ],
      messages: [],
      unrecognizedLines: [],
    });
  });
});

describe('parseNbtstatSessions on text it cannot be sure of', () => {
  it('does not depend on the words: invented translated labels, states and notice still parse by shape', () => {
    // The labels and words here are made up to stand for a translation; no localized capture exists.
    const text = [
      '',
      'LAN-Verbindung:',
      'Knoten-IP-Adresse: [192.168.2.10] Bereichskennung: []',
      '',
      '                     NetBIOS-Verbindungstabelle',
      '',
      '    Lokaler Name           Status   Ein/Aus Remotehost            Eingabe Ausgabe',
      '    ----------------------------------------------------------------------------',
      '    BUERO-PC             Verbunden    Ein       192.168.2.21                7KB          2KB ',
      '',
      'WLAN:',
      'Knoten-IP-Adresse: [0.0.0.0] Bereichskennung: []',
      '',
      '    Keine Verbindungen',
    ].join('\r\n');
    expect(parseNbtstatSessions(text)).toEqual({
      interfaces: [
        {
          name: 'LAN-Verbindung',
          nodeIpAddress: '192.168.2.10',
          scopeId: '',
          connections: [
            // The In/Out word is not known in this language: the direction stays empty, the word is kept.
            {
              localName: 'BUERO-PC',
              state: 'Verbunden',
              direction: '',
              directionText: 'Ein',
              remoteHost: '192.168.2.21',
              input: '7KB',
              output: '2KB',
              inputBytes: 7000,
              outputBytes: 2000,
              lineNumber: 9,
            },
          ],
          noConnections: false,
          lineNumber: 3,
        },
        { name: 'WLAN', nodeIpAddress: '0.0.0.0', scopeId: '', connections: [], noConnections: true, lineNumber: 12 },
      ],
      messages: [],
      unrecognizedLines: [],
    });
  });

  it('reports rows it cannot read, and a device error in place of the notice, as unrecognized', () => {
    const text = [
      'Ethernet:',
      'Node IpAddress: [10.0.0.2] Scope Id: []',
      '',
      '    Local Name             State    In/Out  Remote Host           Input   Output',
      '    ----------------------------------------------------------------------------',
      '    PC1                  Connected    In        10.0.0.7                 3KB          1KB ',
      '    PC1                  Connected    In        10.0.0.8',
      'garbage',
      'Wi-Fi:',
      'Node IpAddress: [0.0.0.0] Scope Id: []',
      '',
      '\tFailed to access NBT Device \\Device\\NetBT_Tcpip_{0C3D1E2F-0000-4000-8000-000000000001}',
    ].join('\n');
    const result = parseNbtstatSessions(text);
    expect(result.interfaces.map((i) => [i.name, i.connections.map((c) => c.remoteHost), i.noConnections])).toEqual([
      ['Ethernet', ['10.0.0.7'], false],
      ['Wi-Fi', [], false],
    ]);
    expect(result.unrecognizedLines).toEqual([
      { lineNumber: 7, text: '    PC1                  Connected    In        10.0.0.8' },
      { lineNumber: 8, text: 'garbage' },
      { lineNumber: 12, text: '\tFailed to access NBT Device \\Device\\NetBT_Tcpip_{0C3D1E2F-0000-4000-8000-000000000001}' },
    ]);
  });

  it('keeps a single error line with no adapter as a message, and more lines as unrecognized', () => {
    expect(parseNbtstatSessions('    Failed to access NetBT driver -- NetBT may not be loaded\r\n')).toEqual({
      interfaces: [],
      messages: ['Failed to access NetBT driver -- NetBT may not be loaded'],
      unrecognizedLines: [],
    });
    expect(parseNbtstatSessions('one\ntwo\n').unrecognizedLines).toEqual([
      { lineNumber: 1, text: 'one' },
      { lineNumber: 2, text: 'two' },
    ]);
  });

  it('keeps an adapter heading without a name line, with an empty name', () => {
    expect(parseNbtstatSessions('Node IpAddress: [10.1.1.1] Scope Id: []\n\n    No Connections\n').interfaces).toEqual([
      { name: '', nodeIpAddress: '10.1.1.1', scopeId: '', connections: [], noConnections: true, lineNumber: 1 },
    ]);
  });
});
