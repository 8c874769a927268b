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

export function readTableBody<Row>(
  lines: readonly NumberedLine[],
  parseRow: (line: NumberedLine) => Row | null,
): TableBody<Row> {
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
    body.add(parseRow(text, lineNumber), lineNumber, text);
  }
  return body.result();
}

/**
 * The table under the first dash rule of `text`, read where the lines lie: each row is handed over as
 * (text, from, to) so that a parser of thousands of rows copies nothing it does not return.
 * Null when the text has no dash rule. Line numbers match splitLines().
 */
export function readTableBodyInPlace<Row>(
  text: string,
  parseRowAt: (text: string, from: number, to: number, lineNumber: number) => Row | null,
): TableBody<Row> | null {
  // A CR that is not part of CRLF ends a line too; turning it into LF keeps the line numbers.
  const source = hasCrInsideLine(text) ? text.replace(/\r(?!\n)/g, '\n') : text;
  const start = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineNumber = 0;
  let ruleFound = false;
  const body = new TableBodyCollector<Row>();
  for (let from = start; from <= source.length; ) {
    let to = source.indexOf('\n', from);
    if (to === -1) to = source.length;
    lineNumber++;
    if (!ruleFound) {
      ruleFound = isDashRule(source.slice(from, to));
    } else if (!isBlankBetween(source, from, to)) {
      body.add(parseRowAt(source, from, to, lineNumber), lineNumber, source.slice(from, to));
    }
    from = to + 1;
  }
  return ruleFound ? body.result() : null;
}

/** Rows, and the non-row lines between them (unrecognized) or after them (messages). */
class TableBodyCollector<Row> {
  private readonly rows: Row[] = [];
  private readonly unrecognizedLines: UnrecognizedLine[] = [];
  private pending: UnrecognizedLine[] = [];

  add(row: Row | null, lineNumber: number, text: string): void {
    if (row === null) {
      this.pending.push({ lineNumber, text: withoutLineEnd(text) });
      return;
    }
    if (this.pending.length > 0) {
      this.unrecognizedLines.push(...this.pending);
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
