import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetFile } from './net-file';
import { consoleTextArbitrary } from './testing/console-text-arbitrary';
import openFiles from '../fixtures/documented-layout/net-file__documented__en__01.txt?raw';
import emptyList from '../fixtures/documented-layout/net-file__documented__en__02.txt?raw';

describe('parseNetFile on arbitrary input', () => {
  it('never throws, and every open file it returns is well-formed', () => {
    fc.assert(
      fc.property(consoleTextArbitrary([openFiles, emptyList]), (text) => {
        const result = parseNetFile(text);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const file of result.files) {
          expect(Number.isSafeInteger(file.id) && file.id >= 0).toBe(true);
          expect(Number.isSafeInteger(file.locks) && file.locks >= 0).toBe(true);
          expect(file.path.length).toBeGreaterThan(0);
          expect(file.path).toBe(file.path.trim());
          expect(file.user).toBe(file.user.trim());
          expect(file.lineNumber).toBeLessThanOrEqual(lineCount);
        }
        for (const line of result.unrecognizedLines) expect(line.lineNumber).toBeLessThanOrEqual(lineCount);
      }),
      { numRuns: 500 },
    );
  });

  it('places every non-blank line under the rule: as an open file, a message or an unrecognized line', () => {
    fc.assert(
      fc.property(consoleTextArbitrary([openFiles]), (text) => {
        const result = parseNetFile(text);
        const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/);
        const rule = lines.findIndex((line) => /^-{20,}$/.test(line.trim()));
        if (rule < 0) return;
        const nonBlankBelowRule = lines.slice(rule + 1).filter((line) => line.trim() !== '').length;
        expect(result.files.length + result.messages.length + result.unrecognizedLines.length).toBe(nonBlankBelowRule);
      }),
      { numRuns: 300 },
    );
  });
});
