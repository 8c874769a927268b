import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetView } from './net-view';
import { consoleTextArbitrary } from './testing/console-text-arbitrary';
import listed from '../fixtures/documented-layout/net-view__documented-win10__en__01.txt?raw';
import full from '../fixtures/documented-layout/net-view__documented-win10__en__02.txt?raw';

describe('parseNetView on arbitrary input', () => {
  it('never throws, and every share is a line of the text, at its start', () => {
    fc.assert(
      fc.property(consoleTextArbitrary([listed, full]), (text) => {
        const result = parseNetView(text);
        const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
        for (const share of result.shares) {
          expect(lines[share.lineNumber - 1]!.startsWith(share.name)).toBe(true);
          expect(share.type).toMatch(/^\S+$/);
        }
        for (const line of result.unrecognizedLines) expect(lines[line.lineNumber - 1]).toBe(line.text);
      }),
      { numRuns: 500 },
    );
  });
});
