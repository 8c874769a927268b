import { appendAll } from './append-all';
import { hasCrInsideLine, isBlank, isBlankBetween, isDashRule, type NumberedLine, type UnrecognizedLine, unrecognized, withoutLineEnd } from './text-lines';

/**
 * What lies under a net.exe table's dash rule: data rows, then zero or more message lines (normally
 * "The command completed successfully.", localized, sometimes missing, sometimes twice).
 * A non-row line followed by more rows is not a trailer: it is reported as unrecognized.
 */
export interface TableBody<Row> {
  readonly rows: Row[];
  readonly messages: string[];
  readonly unrecognizedLines: UnrecognizedLine[];
}

export function readTableBody<Row>(lines: readonly NumberedLine[], parseRow: (line: NumberedLine) => Row | null): TableBody<Row> {
  return readTableBodyTexts(
    lines.map((line) => line.text),
    0,
    lines[0]?.lineNumber ?? 1,
    (text, lineNumber) => parseRow({ lineNumber, text }),
  );
}

/** readTableBody over plain line strings from `from` on (line numbers counted from `firstLineNumber`). */
function readTableBodyTexts<Row>(
  lines: readonly string[],
  from: number,
  firstLineNumber: number,
  parseRow: (text: string, lineNumber: number) => Row | null,
): TableBody<Row> {
  const body = new TableBodyCollector<Row>();
  for (let index = from; index < lines.length; index++) {
    const text = lines[index]!;
    if (isBlank(text)) continue;
    const lineNumber = firstLineNumber + index - from;
    const row = parseRow(text, lineNumber);
    if (row === null) body.addOtherLine(lineNumber, text);
    else body.addRow(row);
  }
  return body.result();
}

/**
 * Reads the row in text[from, to), line `lineNumber`; null for a line that is not a row, blank lines
 * included. `state` is whatever the parser remembers from row to row, in an object of its own per parse.
 */
export type RowReaderAt<Row, State> = (text: string, from: number, to: number, lineNumber: number, state: State) => Row | null;

/**
 * The table under the first dash rule of `text`, read where the lines lie: each row is handed over as
 * (text, from, to) so that a parser of thousands of rows copies nothing it does not return.
 * Null when the text has no dash rule. Line numbers match splitLines().
 */
export function readTableBodyInPlace<Row, State = undefined>(text: string, parseRowAt: RowReaderAt<Row, State>, state?: State): TableBody<Row> | null {
  // A CR that is not part of CRLF ends a line too; turning it into LF keeps the line numbers.
  const source = hasCrInsideLine(text) ? text.replace(/\r(?!\n)/g, '\n') : text;
  const rule = findDashRuleInPlace(source);
  if (rule === null) return null;
  const rows: Row[] = [];
  // A literal, not a class instance: V8 holds a class instance's final shape weakly, and optimized code
  // that depends on that shape is thrown away once the parse's objects are collected.
  const cursor: LineCursor = { from: rule.nextLineStart, lineNumber: rule.lineNumber };
  readRowsInPlace(source, cursor, parseRowAt, state as State, rows);
  return readRestOfTable(rows, source, cursor.from, cursor.lineNumber, parseRowAt, state as State);
}

/** Where reading stands: the start of the next line, and the number of the line before it. */
interface LineCursor {
  from: number;
  lineNumber: number;
}

/**
 * Rows from the cursor on, up to the first line that is neither a row nor blank; the cursor is left
 * at that line. parseRowAt must return null for a blank line.
 * This loop is where a long list spends its time, so it holds nothing but the row path and ends with
 * nothing but a return: code after a hot loop has no type feedback when V8 optimizes the loop mid-run,
 * and the deoptimization it caused at the end of every parse cost the next parse its optimized code
 * (measured: a 100,000-row list took 1.7x as long). That is why the cursor is written on every line
 * rather than once after the loop.
 */
function readRowsInPlace<Row, State>(source: string, cursor: LineCursor, parseRowAt: RowReaderAt<Row, State>, state: State, rows: Row[]): void {
  let from = cursor.from;
  let lineNumber = cursor.lineNumber;
  while (from <= source.length) {
    const to = lineEnd(source, from);
    // A row is tried first: blank lines are rare inside a table, rows are not.
    const row = parseRowAt(source, from, to, lineNumber + 1, state);
    if (row !== null) rows.push(row);
    else if (!isBlankBetween(source, from, to)) break;
    lineNumber++;
    from = to + 1;
    cursor.from = from;
    cursor.lineNumber = lineNumber;
  }
}

/** Where the line starting at `from` ends: its LF, or the end of the text. */
function lineEnd(source: string, from: number): number {
  const newline = source.indexOf('\n', from);
  return newline === -1 ? source.length : newline;
}

/** The line after the first dash rule and the rule's line number, or null when there is none. */
function findDashRuleInPlace(source: string): { nextLineStart: number; lineNumber: number } | null {
  let lineNumber = 0;
  for (let from = source.charCodeAt(0) === 0xfeff ? 1 : 0; from <= source.length;) {
    const to = lineEnd(source, from);
    lineNumber++;
    if (isDashRule(source.slice(from, to))) return { nextLineStart: to + 1, lineNumber };
    from = to + 1;
  }
  return null;
}

/** From the first line under the rule that is not a row (at `from`, numbered lineNumber + 1) to the end. */
function readRestOfTable<Row, State>(
  rows: Row[],
  source: string,
  from: number,
  lineNumber: number,
  parseRowAt: RowReaderAt<Row, State>,
  state: State,
): TableBody<Row> {
  const body = new TableBodyCollector<Row>(rows);
  while (from <= source.length) {
    const to = lineEnd(source, from);
    lineNumber++;
    if (!isBlankBetween(source, from, to)) {
      const row = parseRowAt(source, from, to, lineNumber, state);
      // Only a line that is not a row is copied out; rows keep nothing of their line but what they parsed.
      if (row === null) body.addOtherLine(lineNumber, source.slice(from, to));
      else body.addRow(row);
    }
    from = to + 1;
  }
  return body.result();
}

/** Rows, and the non-row lines between them (unrecognized) or after them (messages). */
class TableBodyCollector<Row> {
  private readonly unrecognizedLines: UnrecognizedLine[] = [];
  private pending: UnrecognizedLine[] = [];

  constructor(private readonly rows: Row[] = []) {}

  addOtherLine(lineNumber: number, text: string): void {
    this.pending.push({ lineNumber, text: withoutLineEnd(text) });
  }

  addRow(row: Row): void {
    if (this.pending.length > 0) {
      appendAll(this.unrecognizedLines, this.pending);
      this.pending = [];
    }
    this.rows.push(row);
  }

  result(): TableBody<Row> {
    return { rows: this.rows, messages: this.pending.map((line) => line.text.trim()), unrecognizedLines: this.unrecognizedLines };
  }
}

/**
 * Output without a dash rule: a single line is a message (an empty-list notice such as "There are no
 * entries in the list." in the display language); anything longer is reported line by line.
 */
export function readOutputWithoutTable(lines: readonly NumberedLine[]): {
  messages: string[];
  unrecognizedLines: UnrecognizedLine[];
} {
  const nonBlank = lines.filter((line) => !isBlank(line));
  if (nonBlank.length <= 1) return { messages: nonBlank.map((line) => line.text.trim()), unrecognizedLines: [] };
  return { messages: [], unrecognizedLines: nonBlank.map(unrecognized) };
}
