import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastGapStart } from './last-gap';

// The patterns lastGapStart replaces: their result is the specification, their backtracking the problem.
function byPatterns(text: string, lastFieldMayHoldSpaces: boolean): number {
  const gap = lastFieldMayHoldSpaces ? /\s{2,}(?=\S+(?: \S+)*$)/u : /\s{2,}(?=\S+$)/u;
  return (gap.exec(text) ?? /\s(?=\S+$)/u.exec(text))?.index ?? -1;
}

describe('lastGapStart', () => {
  it.each([
    ['D:\\Shares\\Price list 2024.xlsx   Maria Lopez', true],
    ['D:\\Shares\\Price list 2024.xlsx   Maria Lopez', false],
    ['D:\\Shares\\a b c', true],
    ['Shared Folder  Disk', false],
    ['IPC$ IPC', false],
    ['single', false],
    ['ends in space ', true],
    ['a\tb', true],
    ['a \tb c', true],
    ['a\u00a0 b', false],
  ] as const)('cuts %j (last field may hold spaces: %s) where the patterns do', (text, mayHoldSpaces) => {
    expect(lastGapStart(text, mayHoldSpaces)).toBe(byPatterns(text, mayHoldSpaces));
  });

  it('cuts any row of words and whitespace where the patterns do', () => {
    const pieces = fc.constantFrom(' ', ' ', '  ', '\t', '\u00a0', '\u3000', 'a', 'Maria', '\\', '😀');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), fc.boolean(), (parts, mayHoldSpaces) => {
        const text = parts.join('');
        expect(lastGapStart(text, mayHoldSpaces)).toBe(byPatterns(text, mayHoldSpaces));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a long run of whitespace in one pass', () => {
    // The patterns need about 10^10 steps here.
    const text = `a${' '.repeat(100_000)}b c${'\t'.repeat(100_000)}d e`;
    expect(lastGapStart(text, false)).toBe(text.length - 2);
    expect(lastGapStart(text, true)).toBe(100_004);
  });
});
