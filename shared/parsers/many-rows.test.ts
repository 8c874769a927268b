import { describe, expect, it } from 'vitest';
import { PARSER_KINDS } from './parser-kinds';
import { LAYOUTS, lines, parse } from './testing/long-outputs';

// 100,000 rows of every kind of output, far more than any real list (a server lists a few thousand):
// every parser reads them all, reports nothing as stray, and returns a result JSON can hold. A file of
// its own so that it runs beside long-output.test.ts. No timing is asserted.

describe.each(PARSER_KINDS)('%s on 100,000 rows', (kind) => {
  const layout = LAYOUTS[kind];
  const lastRow = layout.closingRow ?? layout.row(1);
  const rowsInHead = layout.rowsInHead ?? 0;

  // A thousand different rows, a hundred times over: the parser reads each where it lies all the same,
  // and the test spends its time parsing rather than formatting rows.
  const distinctRows = Array.from({ length: 1_000 }, (_, i) => layout.row(i));

  it('reads them all', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => (i === 99_999 ? lastRow : distinctRows[i % 1_000]!));
    const result = parse(kind, lines(layout.head, rows));
    expect(layout.rowsOf(result)).toHaveLength(rowsInHead + 100_000);
    expect(result.unrecognizedLines).toEqual([]);
  });
});
