import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNbtstatSessions } from './nbtstat';
import { consoleTextArbitrary } from './testing/console-text-arbitrary';
import byIp_01 from '../fixtures/documented-layout/nbtstat-s__documented__en__01.txt?raw';
import byName_02 from '../fixtures/documented-layout/nbtstat-s__documented__en__02.txt?raw';
import none_03 from '../fixtures/documented-layout/nbtstat-s__documented__en__03.txt?raw';

const samples = [byIp_01, byName_02, none_03];
const NODE_LINE = /\[\d{1,3}(?:\.\d{1,3}){3}\][^[\]]*\[[^\]]*\]\s*$/;

describe('parseNbtstatSessions on arbitrary input (documented-layout samples, not captures)', () => {
  it('never throws, and every adapter and session it returns is well-formed', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = parseNbtstatSessions(text);
        const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
        for (const adapter of result.interfaces) {
          expect(adapter.nodeIpAddress).toMatch(/^\d{1,3}(\.\d{1,3}){3}$/);
          expect(lines[adapter.lineNumber - 1]).toContain(`[${adapter.nodeIpAddress}]`);
          if (adapter.noConnections) expect(adapter.connections).toEqual([]);
          for (const session of adapter.connections) {
            expect(session.localName.length).toBeGreaterThan(0);
            expect(session.state.length).toBeGreaterThan(0);
            expect(session.remoteHost === '').toBe(session.input === '');
            expect(session.remoteHost === '').toBe(session.directionText === '');
            for (const bytes of [session.inputBytes, session.outputBytes]) {
              if (bytes !== null) expect(Number.isFinite(bytes) && bytes >= 0).toBe(true);
            }
          }
        }
        for (const line of result.unrecognizedLines) expect(lines[line.lineNumber - 1]).toBe(line.text);
      }),
      { numRuns: 500 },
    );
  });

  it('places every non-blank line under a dash rule, and places none twice', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = parseNbtstatSessions(text);
        const placed = [
          ...result.interfaces.flatMap((adapter) => adapter.connections.map((session) => session.lineNumber)),
          ...result.unrecognizedLines.map((line) => line.lineNumber),
        ];
        expect(new Set(placed).size).toBe(placed.length);

        // Under a rule, up to the next adapter heading (a line ending in a colon or a node line), every
        // non-blank line is a session or unrecognized.
        const lines = text.split(/\r\n|\r|\n/);
        let underRule = false;
        lines.forEach((line, index) => {
          if (/^\s*-{20,}\s*$/.test(line)) underRule = true;
          else if (NODE_LINE.test(line) || /[:：]\s*$/.test(line)) underRule = false;
          else if (underRule && line.trim() !== '') expect(placed).toContain(index + 1);
        });
      }),
      { numRuns: 300 },
    );
  });
});
