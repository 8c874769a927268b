import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegQuery } from './reg-query';
import { consoleTextArbitrary } from './testing/console-text-arbitrary';
import win11LsaEs from '../fixtures/windows-outputs/reg-query__win11__es__01.txt?raw';
import xpCurrentVersion from '../fixtures/documented-layout/reg-query__winxp__currentversion.txt?raw';
import win10LanmanServer from '../fixtures/documented-layout/reg-query__win10__lanmanserver-parameters.txt?raw';
import win11CurrentVersion from '../fixtures/documented-layout/reg-query__win11__currentversion.txt?raw';

const samples = [win11LsaEs, xpCurrentVersion, win10LanmanServer, win11CurrentVersion];

describe('parseRegQuery on arbitrary input', () => {
  it('never throws, and every value it returns is well-formed', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = parseRegQuery(text);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const value of result.values) {
          expect(value.type).toMatch(/^REG_[A-Z0-9_]+$/);
          expect(value.lineNumber).toBeGreaterThanOrEqual(1);
          expect(value.lineNumber).toBeLessThanOrEqual(lineCount);
          if (/^REG_(D|Q)WORD/.test(value.type)) {
            expect(typeof value.data === 'number' && Number.isFinite(value.data) && value.data >= 0).toBe(true);
          } else if (value.type === 'REG_MULTI_SZ') {
            expect(Array.isArray(value.data)).toBe(true);
          } else {
            expect(value.data).toBe(value.rawData);
          }
        }
        for (const key of result.keys) expect(key).toMatch(/^(\\\\[^\\\s]+\\)?HK/i);
        for (const line of result.unrecognizedLines) expect(line.lineNumber).toBeLessThanOrEqual(lineCount);
      }),
      { numRuns: 500 },
    );
  });

  it('places every non-blank line: as a key, a value, a message or an unrecognized line', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = parseRegQuery(text);
        const nonBlank = text
          .replace(/^\uFEFF/, '')
          .split(/\r\n|\r|\n/)
          .filter((line) => line.trim() !== '').length;
        expect(result.keys.length + result.values.length + result.messages.length + result.unrecognizedLines.length).toBe(nonBlank);
      }),
      { numRuns: 500 },
    );
  });
});
