import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetShareDetail } from './net-share-detail';
import { consoleTextArbitrary } from './testing/console-text-arbitrary';
import unknown_01 from '../fixtures/windows-outputs/net-share-detail__unknown__en__01.txt?raw';
import win10_02 from '../fixtures/windows-outputs/net-share-detail__win10__en__02.txt?raw';
import unknown_03 from '../fixtures/windows-outputs/net-share-detail__unknown__en__03.txt?raw';

const samples = [unknown_01, win10_02, unknown_03];

describe('parseNetShareDetail on arbitrary input', () => {
  it('never throws, and returns well-formed rows and a share only when there are rows', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = parseNetShareDetail(text);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        expect(result.share === null).toBe(result.fields.length === 0);
        for (const field of result.fields) {
          expect(field.label.length).toBeGreaterThan(0);
          expect(field.label).toBe(field.label.trim());
          expect(field.value).toBe(field.value.trim());
          for (const more of field.continuation) expect(more.length).toBeGreaterThan(0);
          expect(field.lineNumber).toBeLessThanOrEqual(lineCount);
        }
        const maxUsers = result.share?.maxUsers;
        if (maxUsers !== undefined && maxUsers !== null) expect(Number.isInteger(maxUsers) && maxUsers >= 0).toBe(true);
        for (const user of result.share?.users ?? []) expect(user).toBe(user.trim());
        for (const line of result.unrecognizedLines) expect(line.lineNumber).toBeLessThanOrEqual(lineCount);
      }),
      { numRuns: 500 },
    );
  });

  it('places every non-blank line once: as a row, a continuation, a message or an unrecognized line', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = parseNetShareDetail(text);
        const nonBlank = text
          .replace(/^\uFEFF/u, '')
          .split(/\r\n|\r|\n/)
          .filter((line) => line.trim() !== '').length;
        const continuations = result.fields.reduce((sum, field) => sum + field.continuation.length, 0);
        expect(result.fields.length + continuations + result.messages.length + result.unrecognizedLines.length).toBe(nonBlank);
      }),
      { numRuns: 300 },
    );
  });
});
