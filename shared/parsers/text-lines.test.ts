import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTableBodyInPlace } from './table-body';
import { isBlank, isBlankBetween, lineSpans, splitLineTexts, trimmedBetween, withoutLineEnd } from './text-lines';

// Every Unicode character String.prototype.trim removes, from the ECMAScript WhiteSpace and
// LineTerminator productions. Written out rather than derived from trim() so the test can disagree.
const TRIMMED = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029,
  0x202f, 0x205f, 0x3000, 0xfeff,
];

describe('isBlank', () => {
  it('agrees with trim() on every character trim() removes, and on every other UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const line = `  ${String.fromCharCode(code)} `;
      expect(isBlank(line), `U+${code.toString(16).padStart(4, '0')}`).toBe(line.trim() === '');
    }
    for (const code of TRIMMED) expect(isBlank(String.fromCharCode(code))).toBe(true);
  });

  it('reads a slice in place without looking outside it', () => {
    expect(isBlankBetween('x \u2003 x', 1, 4)).toBe(true);
    expect(isBlankBetween('x \u2003 x', 1, 5)).toBe(false);
    expect(isBlankBetween('', 0, 0)).toBe(true);
  });
});

describe('readTableBodyInPlace', () => {
  // Found by the net-file property test (seed 1477315631): an em-space line under the rule was read as a row.
  it('skips a line of Unicode spaces under the rule, as trim() would', () => {
    const text = `${'-'.repeat(79)}\n\u2003\u3000\nThe command completed successfully.\n`;
    const body = readTableBodyInPlace(text, () => null);
    expect(body).toEqual({ rows: [], messages: ['The command completed successfully.'], unrecognizedLines: [] });
  });
});

describe('lineSpans', () => {
  it('places the lines splitLineTexts cuts out, whatever the line endings, BOM and final newline', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '-', '\r', '\n', '\r\n', '\r\r\n', '\ufeff'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (output) => {
        const { source, starts, ends } = lineSpans(output);
        const placed = starts.map((start, i) => withoutLineEnd(source.slice(start, ends[i])));
        expect(placed).toEqual(splitLineTexts(output).map(withoutLineEnd));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('trimmedBetween', () => {
  it('is trim() of the slice', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\u3000', '\u00a0', '\r') }), fc.nat(12), fc.nat(12), (text, a, b) => {
        const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
        expect(trimmedBetween(text, from, to)).toBe(text.slice(from, to).trim());
      }),
    );
  });
});
