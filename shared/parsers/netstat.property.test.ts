import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetstat, smbClientsFromNetstat, TCP_STATES } from './netstat';
import { consoleTextArbitrary } from './testing/console-text-arbitrary';
import de_03 from '../fixtures/windows-outputs/netstat__unknown__de__03.txt?raw';
import ru_06 from '../fixtures/windows-outputs/netstat__win10-1607__ru__06.txt?raw';
import en_05 from '../fixtures/windows-outputs/netstat__win10__en__05.txt?raw';
import fr_09 from '../fixtures/windows-outputs/netstat__win10__fr__09.txt?raw';
import win2003_01 from '../fixtures/windows-outputs/netstat__win2003__en__01.txt?raw';

const samples = [de_03, ru_06, en_05, fr_09, win2003_01];
const knownStates: readonly string[] = TCP_STATES;

describe('parseNetstat on arbitrary input', () => {
  it('never throws, and every connection it returns is well-formed', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = parseNetstat(text);
        const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
        for (const c of result.connections) {
          expect(c.proto).toMatch(/^(TCP|UDP)(v6)?$/i);
          expect(c.local.startsWith(`${c.localAddress}:`)).toBe(true);
          expect(c.foreign.startsWith(`${c.foreignAddress}:`)).toBe(true);
          for (const port of [c.localPort, c.foreignPort]) {
            if (port !== null) expect(Number.isInteger(port) && port >= 0 && port <= 99999).toBe(true);
          }
          if (c.pid !== null) expect(Number.isInteger(c.pid) && c.pid >= 0).toBe(true);
          if (/^UDP/i.test(c.proto)) expect(c.state).toBe('');
          else expect(knownStates.includes(c.state) || c.state === c.stateText).toBe(true);
          for (const owner of c.owner ?? []) expect(owner.trim()).toBe(owner);
          expect(lines[c.lineNumber - 1]).toContain(c.local);
        }
        for (const line of result.unrecognizedLines) expect(lines[line.lineNumber - 1]).toBe(line.text);
        for (const client of smbClientsFromNetstat(result.connections)) expect(client.connectionCount).toBe(client.lineNumbers.length);
      }),
      { numRuns: 500 },
    );
  });

  it('places every non-blank line: as a connection, an owner line, a message or an unrecognized line', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = parseNetstat(text);
        const nonBlank = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;
        const owners = result.connections.reduce((sum, c) => sum + (c.owner?.length ?? 0), 0);
        expect(result.connections.length + owners + result.messages.length + result.unrecognizedLines.length).toBe(nonBlank);
      }),
      { numRuns: 300 },
    );
  });
});
