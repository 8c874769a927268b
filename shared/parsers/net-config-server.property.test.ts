import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetConfigServer } from './net-config-server';
import { consoleTextArbitrary } from './testing/console-text-arbitrary';
import win10_01 from '../fixtures/windows-outputs/net-config-server__win10__en__01.txt?raw';
import xpHome_01 from '../fixtures/documented-layout/net-config-server__documented-winxp-home__en__01.txt?raw';
import server_02 from '../fixtures/documented-layout/net-config-server__documented-winserver2008r2__en__02.txt?raw';
import german_04 from '../fixtures/documented-layout/net-config-server__documented-win10__de__04.txt?raw';

const samples = [win10_01, xpHome_01, server_02, german_04];

describe('parseNetConfigServer on arbitrary input', () => {
  it('never throws, and what it returns is well-formed', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = parseNetConfigServer(text);
        const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
        expect(result.serverName.startsWith('\\')).toBe(false);
        for (const value of [result.maxLoggedOnUsers, result.maxOpenFilesPerSession, result.idleSessionMinutes]) {
          if (value !== null) expect(Number.isInteger(value)).toBe(true);
        }
        for (const transport of result.transports) expect(transport).toBe(transport.trim());
        for (const transport of result.transports) expect(transport).not.toBe('');
        for (const field of result.fields) expect(lines[field.lineNumber - 1]).toContain(field.label);
        if (result.serverName === '' && result.fields.length === 0) expect(result.transports).toEqual([]);
        for (const line of result.unrecognizedLines) expect(lines[line.lineNumber - 1]).toBe(line.text);
      }),
      { numRuns: 500 },
    );
  });

  it('places every non-blank line: as a field, a transport, a message or an unrecognized line', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = parseNetConfigServer(text);
        const nonBlank = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;
        const transportLines = nonBlank - result.fields.length - result.messages.length - result.unrecognizedLines.length;
        // A transport printed on the "Server is active on" line itself shares that field's line.
        expect([result.transports.length, result.transports.length - 1]).toContain(transportLines);
      }),
      { numRuns: 300 },
    );
  });
});
