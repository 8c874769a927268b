import { describe, expect, it } from 'vitest';
import { PARSER_KINDS } from './parser-kinds';
import { LAYOUTS, lines, parse, repeated, type Report } from './testing/long-outputs';

// Outputs far longer than any real one (a server lists a few thousand rows at most), shaped to break
// parsers that spread an array into a call (push(...lines) overflows the stack), recurse per line, or
// rescan what they already read: hundreds of thousands of lines that are not rows, and very long
// lines. Every parser must return a typed result that JSON can hold, find the rows that are there,
// and report each stray line instead of dropping it. No timing is asserted: a parser that went
// quadratic again would make this file take minutes instead of seconds. (100,000 rows: many-rows.test.ts.)

const MANY = 200_000;

describe.each(PARSER_KINDS)('%s on outputs far longer than real ones', (kind) => {
  const layout = LAYOUTS[kind];
  const firstRow = layout.row(0);
  const lastRow = layout.closingRow ?? layout.row(1);
  const rowsInHead = layout.rowsInHead ?? 0;
  const countOfHead = layout.head.length + 1 + layout.afterFirstRow.length;

  it(`finds both rows around ${MANY} stray lines, and reports each stray line with its number`, () => {
    const result = parse(kind, lines(layout.head, firstRow, layout.afterFirstRow, repeated('garbage line here', MANY), lastRow));
    expect(layout.rowsOf(result)).toHaveLength(rowsInHead + 2);
    expect(result.unrecognizedLines).toHaveLength(MANY);
    expect(result.unrecognizedLines[0]).toEqual({ lineNumber: countOfHead + 1, text: 'garbage line here' });
    expect(result.unrecognizedLines[MANY - 1]!.lineNumber).toBe(countOfHead + MANY);
  });

  // With nothing after them they are the output's last lines: messages in most layouts. A line
  // without a run of two spaces is what made one search for column gaps rescan the rest of the output
  // (50,000 such lines took 16 s, 100,000 would take a minute, past this file's timeout), so half as
  // many lines as elsewhere are enough here.
  it(`reports each of ${MANY / 2} stray lines that end the output`, () => {
    const result = parse(kind, lines(layout.head, firstRow, layout.afterFirstRow, repeated('garbage line here', MANY / 2)));
    expect(layout.rowsOf(result)).toHaveLength(rowsInHead + 1);
    const reported = [...result.messages, ...result.unrecognizedLines.map((stray) => stray.text)];
    expect(reported.filter((text) => text === 'garbage line here')).toHaveLength(MANY / 2);
  });

  it(`takes ${MANY} blank and whitespace-only lines for nothing`, () => {
    const result = parse(kind, lines(Array.from({ length: MANY }, (_, i) => ['', '   ', '\t', ' \u3000 '][i % 4]!)));
    expect(layout.rowsOf(result)).toHaveLength(0);
    expect(result.messages).toEqual([]);
    expect(result.unrecognizedLines).toEqual([]);
  });

  it('reports a single 5 MB line, without newlines, once', () => {
    const line = 'x'.repeat(5_000_000);
    const result = parse(kind, line);
    expect(layout.rowsOf(result)).toHaveLength(0);
    const reported = [...result.messages, ...result.unrecognizedLines.map((stray) => stray.text)];
    expect(reported).toEqual([line]);
  });

  // Long runs of spaces, words and TABs are where a regular expression that retries every position of
  // a run against the rest of the line takes quadratic time: on these 100,000-character lines about
  // 10^10 steps, which would stop this file at its timeout.
  const LONG = 100_000;
  const accounted = (result: Record<string, unknown> & Report) => layout.rowsOf(result).length + result.messages.length + result.unrecognizedLines.length;
  let headAlone: number | undefined;
  it.each([
    ['single-spaced words', 'a '.repeat(LONG / 2)],
    ['double-spaced words', 'a  '.repeat(LONG / 3)],
    ['a long indent', `${' '.repeat(LONG)}x`],
    ['a long gap', `x${' '.repeat(LONG)}x`],
    ['words and TABs', 'a\t'.repeat(LONG / 2)],
    ['wide characters and spaces', '漢 '.repeat(LONG / 2)],
    ['a row and a long run of spaces', `${firstRow}${' '.repeat(LONG)}x`],
    ['a row and single-spaced words', `${firstRow}${' a'.repeat(LONG / 2)}`],
    // "." in a pattern stops at a line separator, so a pattern ending in ".*$" can fail late, many times.
    ['double-spaced words and a line separator', `${'a  '.repeat(LONG / 3)}\u2028x`],
    ['server names and a line separator', `${' \\\\x'.repeat(LONG / 4)}\u2028`],
    ['a name with many suffixes and a line separator', `    a${' <00>'.repeat(LONG / 5)}\tfoo\u2028bar`],
    ['a name, a long run of spaces and a line separator', `    a${' '.repeat(LONG)}b\u2028c`],
  ])('reads a long line of %s under the head as one row or one reported line', (_shape, line) => {
    headAlone ??= accounted(parse(kind, lines(layout.head)));
    expect(accounted(parse(kind, lines(layout.head, line)))).toBe(headAlone + 1);
  });

  it(`places ${MANY} indented lines after a row: as its continuation in a label/value view, else reported`, () => {
    const result = parse(kind, lines(layout.head, firstRow, repeated('    indented thing', MANY), lastRow));
    if (layout.indentedLinesContinueARow) {
      expect(result.unrecognizedLines).toEqual([]);
      expect((layout.rowsOf(result)[0] as Record<string, unknown[]>)[layout.continuationKey ?? 'continuation']).toHaveLength(MANY);
    } else {
      expect(result.unrecognizedLines).toHaveLength(MANY);
      expect(result.unrecognizedLines[0]).toEqual({ lineNumber: layout.head.length + 2, text: '    indented thing' });
    }
  });
});
