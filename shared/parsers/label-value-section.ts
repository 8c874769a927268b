import { appendMapped } from './append-all';
import { readOutputWithoutTable } from './table-body';
import {
  displayWidth,
  isBlank,
  sliceCells,
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
  for (const index of unassigned) {
    const key = order[index];
    if (key === undefined || byKey.has(key)) continue;
    if (!fullLayout && index >= Math.min(order.length, firstUnexplained(rows, knownLabels, order))) continue;
    byKey.set(key, rows[index]!);
  }
  return byKey;
}

/** Index of the first row whose known label sits elsewhere than the expected order says. */
function firstUnexplained<Key extends string>(
  rows: readonly LabelValueRow[],
  knownLabels: ReadonlyMap<string, Key>,
  order: readonly Key[],
): number {
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
  const nonBlank = lines.filter((line) => !isBlank(line));
  const blockStart = lines.findIndex((line) => !isBlank(line));
  if (blockStart < 0) return { rows: [], messages: [], unrecognizedLines: [] };
  let blockEnd = lines.findIndex((line, index) => index > blockStart && isBlank(line));
  if (blockEnd < 0) blockEnd = lines.length;
  const block = lines.slice(blockStart, blockEnd);

  const valueCell = mostCommonValueCell(block);
  if (valueCell === null) return { rows: [], ...readOutputWithoutTable(nonBlank) };

  const rows: MutableRow[] = [];
  const unrecognizedLines: UnrecognizedLine[] = [];
  for (const line of block) {
    if (/^\s/u.test(line.text)) {
      const previous = rows[rows.length - 1];
      if (previous) {
        previous.continuation.push(line.text.trim());
        previous.lines.push(line);
      } else {
        unrecognizedLines.push(unrecognized(line));
      }
      continue;
    }
    rows.push({ ...splitLabelValue(line.text, valueCell), continuation: [], lineNumber: line.lineNumber, lines: [line] });
  }
  // A sentence at the end of the block is a message that followed without a blank line, not a label.
  let firstMessage = rows.length;
  while (firstMessage > 0 && isSentenceNotLabel(rows[firstMessage - 1]!, valueCell)) firstMessage--;
  let pending: NumberedLine[] = rows.splice(firstMessage).flatMap((row) => row.lines);

  // After the block: more rows at the same value column (a later group of labels), else messages.
  for (const line of lines.slice(blockEnd)) {
    if (isBlank(line)) continue;
    const split = splitLabelValue(line.text, valueCell);
    const isRow = !/^\s/u.test(line.text) && split.value !== '' && valueStartCell(line.text) === valueCell;
    if (!isRow) {
      pending.push(line);
      continue;
    }
    // Lines queued as messages that turned out to sit between rows: reported, never dropped.
    appendMapped(unrecognizedLines, pending, unrecognized);
    pending = [];
    rows.push({ ...split, continuation: [], lineNumber: line.lineNumber, lines: [line] });
  }
  return {
    rows: rows.map(({ label, value, continuation, lineNumber }) => ({ label, value, continuation, lineNumber })),
    messages: pending.map((line) => line.text.trim()),
    unrecognizedLines,
  };
}

interface MutableRow {
  label: string;
  value: string;
  continuation: string[];
  lineNumber: number;
  /** The row's own line and its continuation lines, in case the row turns out to be a message. */
  lines: NumberedLine[];
}

function isSentenceNotLabel(row: MutableRow, valueCell: number): boolean {
  if (row.value !== '' || row.continuation.length > 0) return false;
  return /[.。!！]$/u.test(row.label) || displayWidth(row.label) >= valueCell;
}

/** Splits at the first run of two or more spaces, else at the value column, else it is a lone label. */
function splitLabelValue(rawText: string, valueCell: number): { label: string; value: string } {
  const text = rawText.trimEnd();
  const gap = /\S\s{2,}(?=\S)/u.exec(text);
  if (gap) return { label: text.slice(0, gap.index + 1).trim(), value: text.slice(gap.index + gap[0].length).trim() };
  const label = sliceCells(text, 0, valueCell);
  const value = sliceCells(text, valueCell);
  if (label.endsWith(' ') && label.trim() !== '' && value.trim() !== '') return { label: label.trim(), value: value.trim() };
  return { label: text.trim(), value: '' };
}

/** Display cell where a row's value starts (after its first run of two spaces), or null. */
function valueStartCell(text: string): number | null {
  const gap = /\S\s{2,}(?=\S)/u.exec(text.trimEnd());
  return gap ? displayWidth(text.slice(0, gap.index + gap[0].length)) : null;
}

function mostCommonValueCell(block: readonly NumberedLine[]): number | null {
  const counts = new Map<number, number>();
  for (const line of block) {
    if (/^\s/u.test(line.text)) continue;
    const cell = valueStartCell(line.text);
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
