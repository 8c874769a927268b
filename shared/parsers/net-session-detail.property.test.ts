import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetSessionDetail } from './net-session-detail';
import { consoleTextArbitrary } from './testing/console-text-arbitrary';
import userSession from '../fixtures/documented-layout/net-session-detail__documented__en__01.txt?raw';
import nullSession from '../fixtures/documented-layout/net-session-detail__documented__en__02.txt?raw';

const samples = [userSession, nullSession];

describe('parseNetSessionDetail on arbitrary input', () => {
  it('never throws, and returns a well-formed session and connections', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = parseNetSessionDetail(text);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        expect(result.session === null).toBe(result.fields.length === 0);
        const session = result.session;
        if (session) {
          expect(session.computer.startsWith('\\\\')).toBe(false);
          for (const seconds of [session.sessionSeconds, session.idleSeconds]) {
            if (seconds !== null) expect(Number.isFinite(seconds) && seconds >= 0).toBe(true);
          }
          expect([true, false, null]).toContain(session.guestLogon);
        }
        for (const share of result.shares) {
          expect(share.name.length).toBeGreaterThan(0);
          expect(share.name).toBe(share.name.trim());
          expect(Number.isInteger(share.opens) && share.opens >= 0).toBe(true);
          expect(share.lineNumber).toBeLessThanOrEqual(lineCount);
        }
        for (const line of result.unrecognizedLines) expect(line.lineNumber).toBeLessThanOrEqual(lineCount);
      }),
      { numRuns: 500 },
    );
  });

  it('places every non-blank line once; only the rule and the sub-table header above it are layout', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = parseNetSessionDetail(text);
        const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/);
        const nonBlank = lines.filter((line) => line.trim() !== '').length;
        const rule = lines.findIndex((line) => /^-{20,}$/.test(line.trim()));
        // The rule itself and the sub-table header above it are layout, not data.
        const ruleLines = rule < 0 ? 0 : 1;
        const header = rule > 0 && lines.slice(0, rule).some((line) => line.trim() !== '') ? 1 : 0;
        const continuations = result.fields.reduce((sum, field) => sum + field.continuation.length, 0);
        const placed =
          ruleLines + header + result.fields.length + continuations + result.shares.length + result.messages.length + result.unrecognizedLines.length;
        expect(placed).toBe(nonBlank);
      }),
      { numRuns: 300 },
    );
  });
});
