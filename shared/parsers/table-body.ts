import { isBlank, type NumberedLine, type UnrecognizedLine, unrecognized } from './text-lines';

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
  const rows: Row[] = [];
  const unrecognizedLines: UnrecognizedLine[] = [];
  let pending: NumberedLine[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    const row = parseRow(line);
    if (row === null) {
      pending.push(line);
      continue;
    }
    unrecognizedLines.push(...pending.map(unrecognized));
    pending = [];
    rows.push(row);
  }
  return { rows, messages: pending.map((line) => line.text.trim()), unrecognizedLines };
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
