import { appendMapped } from './append-all';
import { readOutputWithoutTable } from './table-body';
import {
  displayWidth,
  isBlank,
  isBlankBetween,
  isWhitespaceCode,
  sliceCells,
  trimmedBetween,
  unrecognized,
  type NumberedLine,
  type UnrecognizedLine,
} from './text-lines';

/**
 * The "label   value" views of net.exe (`net share NAME`, `net session \\PC`): labels in the display
 * language, values at a column found from the data, continuation lines indented under the value.
 */
/** One "label   value" row of a net.exe detail view, with the indented lines that continue it. */
export interface LabelValueRow {
  /** As printed, in the display language: "Share name", "共有名", … */
  readonly label: string;
  /** "" when the label stands alone ("Users" with nobody connected). */
  readonly value: string;
  /** Further values on indented lines below (more permissions, more users). */
  readonly continuation: string[];
  readonly lineNumber: number;
}

export interface LabelValueSection {
  readonly rows: LabelValueRow[];
  readonly messages: string[];
  readonly unrecognizedLines: UnrecognizedLine[];
}

/**
 * Gives each row its meaning: by a known label first; then, because labels are localized, by position
 * in the expected order — for every row when the count matches the expected layout, otherwise only for
 * rows before the first one the layout does not explain.
 */
export function assignKeys<Key extends string>(
  rows: readonly LabelValueRow[],
  knownLabels: ReadonlyMap<string, Key>,
  order: readonly Key[],
): Map<Key, LabelValueRow> {
  const byKey = new Map<Key, LabelValueRow>();
  const unassigned: number[] = [];
  rows.forEach((row, index) => {
    const key = knownLabels.get(row.label.toLowerCase());
    if (key !== undefined && !byKey.has(key)) byKey.set(key, row);
    else unassigned.push(index);
  });
  const fullLayout = rows.length === order.length;
  // Found once, when first needed: it reads every row.
  let explainedRows: number | undefined;
  for (const index of unassigned) {
    const key = order[index];
    if (key === undefined || byKey.has(key)) continue;
    if (!fullLayout) {
      explainedRows ??= Math.min(order.length, firstUnexplained(rows, knownLabels, order));
      if (index >= explainedRows) continue;
    }
    byKey.set(key, rows[index]!);
  }
  return byKey;
}

/** Index of the first row whose known label sits elsewhere than the expected order says. */
function firstUnexplained<Key extends string>(rows: readonly LabelValueRow[], knownLabels: ReadonlyMap<string, Key>, order: readonly Key[]): number {
  const index = rows.findIndex((row, i) => {
    const key = knownLabels.get(row.label.toLowerCase());
    return key !== undefined && key !== order[i];
  });
  return index < 0 ? rows.length : index;
}

/**
 * Reads the label/value block of a net.exe detail view (`net share NAME`, `net session \\CLIENT`,
 * `net config server`) and the message lines after it.
 *
 *   Label             value                 a row: label, then a run of spaces to the value column
 *   Label                                   a label alone: the value is empty
 *                     more                  an indented line: another value of the row above
 *   (blank line)
 *   The command completed successfully.     messages
 *
 * The value column is where most rows' values start; it is taken from the data because label widths
 * depend on the language. Output with no label/value row at all is handled like any text without a
 * table (a one-line notice is a message, anything else is unrecognized).
 */
export function readLabelValueSection(lines: readonly NumberedLine[]): LabelValueSection {
  let blockStart = 0;
  while (blockStart < lines.length && isBlank(lines[blockStart]!)) blockStart++;
  if (blockStart === lines.length) return { rows: [], messages: [], unrecognizedLines: [] };
  let blockEnd = blockStart + 1;
  while (blockEnd < lines.length && !isBlank(lines[blockEnd]!)) blockEnd++;

  const valueCell = mostCommonValueCell(lines, blockStart, blockEnd);
  if (valueCell === null) return { rows: [], ...readOutputWithoutTable(lines) };

  const rows: LabelValueRow[] = [];
  // The index in `lines` of each row's own line.
  const rowLines: number[] = [];
  const unrecognizedLines: UnrecognizedLine[] = [];
  for (let i = blockStart; i < blockEnd; i++) {
    const line = lines[i]!;
    if (startsWithWhitespace(line.text)) {
      const previous = rows[rows.length - 1];
      if (previous) previous.continuation.push(line.text.trim());
      else unrecognizedLines.push(unrecognized(line));
      continue;
    }
    const { label, value } = splitLabelValue(line.text, valueCell);
    rows.push({ label, value, continuation: [], lineNumber: line.lineNumber });
    rowLines.push(i);
  }
  // A sentence at the end of the block is a message that followed without a blank line, not a label.
  // Such rows have no continuation, so their lines are the block's last ones.
  let firstMessage = rows.length;
  while (firstMessage > 0 && isSentenceNotLabel(rows[firstMessage - 1]!, valueCell)) firstMessage--;
  let pending: NumberedLine[] = firstMessage < rows.length ? lines.slice(rowLines[firstMessage], blockEnd) : [];
  rows.length = firstMessage;

  // After the block: more rows at the same value column (a later group of labels), else messages.
  for (let i = blockEnd; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    // A row: not indented, with a value starting at the value column.
    const atValueColumn = !startsWithWhitespace(line.text) && valueStartCell(line.text) === valueCell;
    const split = atValueColumn ? splitLabelValue(line.text, valueCell) : null;
    if (split === null || split.value === '') {
      pending.push(line);
      continue;
    }
    // Lines queued as messages that turned out to sit between rows: reported, never dropped.
    appendMapped(unrecognizedLines, pending, unrecognized);
    pending = [];
    rows.push({ label: split.label, value: split.value, continuation: [], lineNumber: line.lineNumber });
  }
  return { rows, messages: pending.map((line) => line.text.trim()), unrecognizedLines };
}

function isSentenceNotLabel(row: LabelValueRow, valueCell: number): boolean {
  if (row.value !== '' || row.continuation.length > 0) return false;
  return /[.。!！]$/u.test(row.label) || displayWidth(row.label) >= valueCell;
}

/**
 * Splits at the first run of two or more spaces, else at the value column, else it is a lone label.
 * Read by character codes: a long view (thousands of permission or user lines) copies only its fields.
 */
function splitLabelValue(text: string, valueCell: number): { label: string; value: string } {
  const end = endWithoutSpace(text);
  const gap = firstGap(text, end);
  if (gap >= 0) return { label: trimmedBetween(text, 0, gap), value: trimmedBetween(text, gapEnd(text, gap), end) };
  if (isNarrow(text, end)) {
    // Cells are characters: the label ends with a space at the value column, the value follows it.
    if (end > valueCell && text.charCodeAt(valueCell - 1) === SPACE && !isBlankBetween(text, 0, valueCell)) {
      return { label: trimmedBetween(text, 0, valueCell), value: trimmedBetween(text, valueCell, end) };
    }
    return { label: trimmedBetween(text, 0, end), value: '' };
  }
  const trimmed = text.slice(0, end);
  const label = sliceCells(trimmed, 0, valueCell);
  const value = sliceCells(trimmed, valueCell);
  if (label.endsWith(' ') && label.trim() !== '' && value.trim() !== '') return { label: label.trim(), value: value.trim() };
  return { label: trimmed.trim(), value: '' };
}

/** Display cell where a row's value starts (after its first run of two spaces), or null. */
function valueStartCell(text: string): number | null {
  const gap = firstGap(text, endWithoutSpace(text));
  if (gap < 0) return null;
  const valueStart = gapEnd(text, gap);
  return isNarrow(text, valueStart) ? valueStart : displayWidth(text.slice(0, valueStart));
}

function mostCommonValueCell(lines: readonly NumberedLine[], from: number, to: number): number | null {
  const counts = new Map<number, number>();
  for (let i = from; i < to; i++) {
    const text = lines[i]!.text;
    if (startsWithWhitespace(text)) continue;
    const cell = valueStartCell(text);
    if (cell !== null) counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [cell, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && cell < best)) {
      best = cell;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Where the first run of two or more whitespace characters between two words of text[0, end) starts
 * (what /\S\s{2,}(?=\S)/ finds, one character later); -1 when there is none.
 */
function firstGap(text: string, end: number): number {
  let i = 0;
  while (i < end && isWhitespaceCode(text.charCodeAt(i))) i++;
  while (i < end) {
    while (i < end && !isWhitespaceCode(text.charCodeAt(i))) i++;
    const runStart = i;
    while (i < end && isWhitespaceCode(text.charCodeAt(i))) i++;
    if (i - runStart >= 2 && i < end) return runStart;
  }
  return -1;
}

/** Where the whitespace run starting at `gap` ends. */
function gapEnd(text: string, gap: number): number {
  let end = gap;
  while (isWhitespaceCode(text.charCodeAt(end))) end++;
  return end;
}

function endWithoutSpace(text: string): number {
  let end = text.length;
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether text[0, end) holds no character of U+1100 or above, so that its cells are its characters. */
function isNarrow(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) >= WIDE_CHARACTERS_START) return false;
  return true;
}

function startsWithWhitespace(text: string): boolean {
  return text.length > 0 && isWhitespaceCode(text.charCodeAt(0));
}

const SPACE = 32;
/** Below U+1100 every character takes one console cell (see displayWidth). */
const WIDE_CHARACTERS_START = 0x1100;
