import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNbtstatSessions } from '../../parsers/nbtstat';
import { formatNbtstatBytes, renderNbtstatSessions, type NbtstatConnection, type NbtstatInterface } from './nbtstat';
import { ipv4, LANGUAGES, netbiosName } from './testing/render-arbitraries';

const suffix = fc.constantFrom('00', '03', '1B', '1F');
const bytes = fc.oneof(fc.nat(999), fc.nat(999_999), fc.nat(999_999_999), fc.integer({ min: 0, max: 99_000_000_000 })).map(formatNbtstatBytes);

const connected: fc.Arbitrary<NbtstatConnection> = fc.record(
  {
    localName: netbiosName,
    localSuffix: suffix,
    state: fc.constantFrom('Connected', 'Associated', 'Connecting', 'Accepting', 'Reconnecting', 'Disconnecting'),
    direction: fc.constantFrom('In' as const, 'Out' as const),
    remoteHost: fc.oneof(ipv4, netbiosName),
    remoteSuffix: suffix,
    input: bytes,
    output: bytes,
  },
  { requiredKeys: ['localName', 'state', 'direction', 'remoteHost', 'input', 'output'] },
);
const endpoint: fc.Arbitrary<NbtstatConnection> = fc.record(
  {
    localName: netbiosName,
    localSuffix: suffix,
    state: fc.constantFrom('Listening', 'Idle'),
    direction: fc.constant('' as const),
    remoteHost: fc.constant(''),
    input: fc.constant(''),
    output: fc.constant(''),
  },
  { requiredKeys: ['localName', 'state', 'direction', 'remoteHost', 'input', 'output'] },
);
const adapter: fc.Arbitrary<NbtstatInterface> = fc.record({
  name: fc.constantFrom('Ethernet', 'Ethernet 2', 'Wi-Fi', 'vEthernet (Default Switch)', 'Local Area Connection'),
  nodeIpAddress: ipv4,
  scopeId: fc.constantFrom('', 'corp.example'),
  connections: fc.array(fc.oneof(connected, endpoint), { maxLength: 6 }),
});

const isAddress = (host: string): boolean => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);

describe('renderNbtstatSessions → parseNbtstatSessions round trip', () => {
  it('gives back every adapter and session, in English and in German (unverified words)', () => {
    fc.assert(
      fc.property(fc.array(adapter, { minLength: 1, maxLength: 4 }), fc.constantFrom(...LANGUAGES), (adapters, language) => {
        const text = renderNbtstatSessions(adapters, language);
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        const parsed = parseNbtstatSessions(text);
        expect(
          parsed.interfaces.map((i) => ({
            name: i.name,
            nodeIpAddress: i.nodeIpAddress,
            scopeId: i.scopeId,
            noConnections: i.noConnections,
            connections: i.connections.map((c) => ({
              localName: c.localName,
              localSuffix: c.localSuffix,
              state: c.state,
              directionText: c.directionText,
              remoteHost: c.remoteHost,
              remoteSuffix: c.remoteSuffix,
              input: c.input,
              output: c.output,
            })),
          })),
        ).toEqual(
          adapters.map((a) => ({
            name: a.name,
            nodeIpAddress: a.nodeIpAddress,
            scopeId: a.scopeId,
            noConnections: a.connections.length === 0,
            connections: a.connections.map((c) => ({
              localName: c.localName,
              localSuffix: c.localSuffix,
              state: c.state,
              directionText: c.direction,
              remoteHost: c.remoteHost,
              // An address prints without suffix unless one is given; a name always has one (<00> by default).
              remoteSuffix: c.remoteHost === '' ? undefined : (c.remoteSuffix ?? (isAddress(c.remoteHost) ? undefined : '00')),
              input: c.input,
              output: c.output,
            })),
          })),
        );
        expect(parsed.messages).toEqual([]);
        expect(parsed.unrecognizedLines).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
