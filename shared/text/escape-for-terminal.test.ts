import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForTerminal } from './escape-for-terminal';
import { previewValue } from './preview-value';

/** What a terminal acts on: C0, DEL, C1 and the bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const TERMINAL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('escapeForTerminal', () => {
  it.each([
    ['an SGR colour sequence', 'X\u001b[31m', 'X\\u001b[31m'],
    ['BEL', 'X\u0007', 'X\\u0007'],
    ['an OSC title sequence', '\u001b]0;owned\u0007', '\\u001b]0;owned\\u0007'],
    ['the C1 CSI', '\u009b31m', '\\u009b31m'],
    ['DEL and backspace', 'ab\u007f\u0008', 'ab\\u007f\\u0008'],
    ['carriage return', 'ok\rforged', 'ok\\u000dforged'],
    ['a bidi override', 'invoice\u202Efdp.exe', 'invoice\\u202efdp.exe'],
    ['a bidi isolate', '\u2066x\u2069', '\\u2066x\\u2069'],
    ['a line feed and a tab in a value', 'a\nb\tc', 'a\\u000ab\\u0009c'],
  ])('escapes %s', (_what, text, escaped) => {
    expect(escapeForTerminal(text)).toBe(escaped);
  });

  it('leaves printable text alone, Windows paths and other languages included', () => {
    const text = 'D:\\Büro\\Drucker – 打印机 "HP" ñ €';
    expect(escapeForTerminal(text)).toBe(text);
  });

  it('keeps line feeds and tabs of multi-line output, and nothing else', () => {
    expect(escapeForTerminal('line 1\n\tline 2\u001b[2J\r\n', 'multi-line')).toBe('line 1\n\tline 2\\u001b[2J\\u000d\n');
  });

  it('leaves no control character in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(escapeForTerminal(text)).not.toMatch(TERMINAL_CONTROLS);
        expect(escapeForTerminal(text, 'multi-line').replace(/[\n\t]/g, '')).not.toMatch(TERMINAL_CONTROLS);
      }),
    );
  });

  it('keeps JSON valid and its value unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const json = JSON.stringify(value, null, 2);
        expect(JSON.parse(escapeForTerminal(json, 'multi-line'))).toEqual(JSON.parse(json));
      }),
    );
  });
});

describe('previewValue', () => {
  it.each([
    ['text, quoted', 'HP', '"HP"'],
    ['text with controls, escaped', 'X\u001b[31m\u0007', '"X\\u001b[31m\\u0007"'],
    ['a long text, cut with its length', 'y'.repeat(5000), `"${'y'.repeat(40)}"… (5000 characters)`],
    ['a number', 1.5, '1.5'],
    ['missing', undefined, 'undefined'],
    ['null', null, 'null'],
    ['a list, by its length', [1, 2, 3], 'a list of 3'],
    ['an object, by name only', { secret: 'x'.repeat(1000) }, 'an object'],
    ['a bigint', 10n, '10n'],
  ])('shows %s', (_what, value, shown) => {
    expect(previewValue(value)).toBe(shown);
  });
});
