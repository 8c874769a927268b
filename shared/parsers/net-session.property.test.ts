import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetSession } from './net-session';
import { consoleTextArbitrary } from './testing/console-text-arbitrary';
import win10_01 from '../fixtures/windows-outputs/net-session__win10__en__01.txt?raw';
import unknown_07 from '../fixtures/windows-outputs/net-session__unknown__en__07.txt?raw';

describe('parseNetSession on arbitrary input', () => {
  it('never throws, and every session it returns is well-formed', () => {
    fc.assert(
      fc.property(consoleTextArbitrary([win10_01, unknown_07]), (text) => {
        const result = parseNetSession(text);
        for (const session of result.sessions) {
          expect(session.computer.length).toBeGreaterThan(0);
          expect(Number.isInteger(session.opens) && session.opens >= 0).toBe(true);
          expect(Number.isFinite(session.idleSeconds) && session.idleSeconds >= 0).toBe(true);
        }
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const line of result.unrecognizedLines) expect(line.lineNumber).toBeLessThanOrEqual(lineCount);
      }),
      { numRuns: 500 },
    );
  });

  it('places every non-blank line under the rule: as a session, a message or an unrecognized line', () => {
    fc.assert(
      fc.property(consoleTextArbitrary([win10_01]), (text) => {
        const result = parseNetSession(text);
        const lines = text.split(/\r\n|\r|\n/);
        const rule = lines.findIndex((line) => /^-{20,}$/.test(line.trim()));
        if (rule < 0) return;
        const nonBlankBelowRule = lines.slice(rule + 1).filter((line) => line.trim() !== '').length;
        expect(result.sessions.length + result.messages.length + result.unrecognizedLines.length).toBe(nonBlankBelowRule);
      }),
      { numRuns: 300 },
    );
  });
});
