import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetstat, TCP_STATES } from '../../parsers/netstat';
import { netText } from './messages';
import { renderNetstat, type NetstatRow } from './netstat';
import { ipv4, ipv6, LANGUAGES } from './testing/render-arbitraries';

const port = fc.nat(65_535);
const address = fc.oneof(
  ipv4,
  ipv6.map((a) => `[${a}]`),
  fc.constantFrom('[::]', '[::1]'),
  fc.tuple(ipv6, fc.nat(99)).map(([a, zone]) => `[fe80::${a}%${zone}]`),
);
const endpoint = fc.tuple(address, port).map(([host, p]) => `${host}:${p}`);

const row: fc.Arbitrary<NetstatRow> = fc.oneof(
  fc.record({ proto: fc.constant('TCP' as const), local: endpoint, foreign: endpoint, state: fc.constantFrom(...TCP_STATES), pid: fc.nat(99_999) }),
  fc.record({ proto: fc.constant('UDP' as const), local: endpoint, foreign: fc.constant('*:*'), state: fc.constant('' as const), pid: fc.nat(99_999) }),
);

describe('renderNetstat → parseNetstat round trip', () => {
  it('gives back every socket with its English state (German words mapped back) and its PID when -o was given', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), fc.constantFrom(...LANGUAGES), fc.boolean(), (rows, language, withPids) => {
        const text = renderNetstat(rows, language, { withPids });
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        const parsed = parseNetstat(text);
        expect(parsed.connections.map(({ proto, local, foreign, state, pid }) => ({ proto, local, foreign, state, pid }))).toEqual(
          rows.map((r) => ({ proto: r.proto, local: r.local, foreign: r.foreign, state: r.state, pid: withPids ? r.pid : null })),
        );
        const words = netText(language).netstat;
        expect(parsed.messages).toEqual([words.title, (withPids ? words.headerWithPid : words.header).trim()]);
        expect(parsed.unrecognizedLines).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
