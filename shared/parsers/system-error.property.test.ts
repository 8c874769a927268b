import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeSystemError } from './system-error';
import { consoleTextArbitrary } from './testing/console-text-arbitrary';
import winxp01 from '../fixtures/windows-outputs/error__winxp__en__01.txt?raw';
import winxp03 from '../fixtures/windows-outputs/error__winxp__en__03.txt?raw';
import winnt4_04 from '../fixtures/windows-outputs/error__winnt4__en__04.txt?raw';
import netSession from '../fixtures/windows-outputs/net-session__win10__en__01.txt?raw';
import netConfigServer from '../fixtures/windows-outputs/net-config-server__win10__en__01.txt?raw';
import regLsa from '../fixtures/windows-outputs/reg-query__win11__es__01.txt?raw';

const samples = [winxp01, winxp03, winnt4_04, netSession, netConfigServer, regLsa];

describe('recognizeSystemError on arbitrary input', () => {
  it('never throws, and what it returns points at a line of the text holding the code', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = recognizeSystemError(text);
        if (result === null) return;
        expect(Number.isInteger(result.code) && result.code >= 0 && result.code <= 99999).toBe(true);
        expect(['system-error', 'net-helpmsg', 'error-n']).toContain(result.source);
        const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
        expect(lines[result.lineNumber - 1]?.trim()).toBe(result.line);
        expect(result.line).toContain(String(result.code));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps reading the code of a system error however the line endings and trailing blanks vary', () => {
    fc.assert(
      fc.property(fc.constantFrom('\n', '\r\n', '\r'), fc.integer({ min: 1, max: 15999 }), fc.nat(3), (eol, code, trailingBlanks) => {
        const text = [`System error ${code} has occurred.`, '', 'Access is denied.', ...Array<string>(trailingBlanks).fill('')].join(eol);
        expect(recognizeSystemError(text)).toEqual({
          code,
          source: 'system-error',
          line: `System error ${code} has occurred.`,
          lineNumber: 1,
        });
      }),
      { numRuns: 200 },
    );
  });
});
