import { inferColumns, type ShareColumns } from './net-share-columns';
import { indentCells, longResourceLine, splitShareLine, type ShareFields } from './net-share-fields';
import { isPrinterShare } from './share-resource';
import { readOutputWithoutTable } from './table-body';
import {
  displayWidth,
  isBlankBetween,
  isDashRule,
  isWhitespaceCode,
  lineSpans,
  splitLines,
  trimmedBetween,
  withoutLineEnd,
  type LineSpans,
  type UnrecognizedLine,
} from './text-lines';

/** One share listed by `net share`. */
export interface NetShare {
  readonly name: string;
  /** A folder for disk shares, the port for printer shares; "" for IPC$ and other resource-less shares. */
  readonly resource: string;
  /** "" for none; trailing padding removed. Printer shares start with "Spooled" (English). */
  readonly remark: string;
  /** The remark starts with "Spooled" or the resource is a printer port (LPT1:, USB001, IP_…, WSD-…). */
  readonly isPrinter: boolean;
  /** The line that starts the share. */
  readonly lineNumber: number;
  /** Every non-blank line the share was read from: one, or up to three for a wrapped share. */
  readonly lineNumbers: number[];
}

export interface NetShareList {
  readonly shares: NetShare[];
  /** Lines after the table: the completion line, sometimes twice, in the display language. */
  readonly messages: string[];
  readonly unrecognizedLines: UnrecognizedLine[];
}

// Row layout, in display cells (header words are localized and, in CJK, do not line up):
//   C$           C:\                             Default share
//   |0           |13                             |45
//   share name   resource (31)                   remark (padded to column 79 on some versions)
// A name wider than 12 sits alone on its line and the row goes on at column 13 of the next line:
//   Shared Folder
//                C:\Users\Juan\Desktop\Shared Folder
// A resource wider than 31 pushes the remark to a line of its own at column 45 (blank when empty):
//   print$       C:\WINDOWS\system32\spool\drivers
//                                                打印机驱动程序
// The columns are inferred from the rows (net-share-columns.ts), and each line is cut at them
// (net-share-fields.ts). A long list is read in time linear in its length: every line is looked at a
// fixed number of times, by character codes where its text is narrow.

/** A share being read: a wrapped share still waits for its resource or its remark line. */
interface Draft {
  name: string;
  resource: string;
  remark: string;
  lineNumber: number;
  lineNumbers: number[];
  awaiting: 'resource' | 'remark' | null;
}

export function parseNetShare(text: string): NetShareList {
  const lines = lineSpans(text);
  const { source, starts, ends } = lines;
  let rule = 0;
  while (rule < starts.length && !isDashRule(source.slice(starts[rule], ends[rule]))) rule++;
  if (rule === starts.length) return { shares: [], ...readOutputWithoutTable(splitLines(text)) };
  return readShareRows(lines, rule + 1);
}

/**
 * Rows, then trailing message lines, from line index `first` on. Like readTableBody, but a share may
 * span up to three lines, and a blank line can be meaningful (the empty remark line of a share with a
 * long resource). Lines are read where they lie in the output (see net-share-fields.ts).
 */
function readShareRows(lines: LineSpans, first: number): NetShareList {
  const { source, starts, ends } = lines;
  const columns = inferColumns(lines, first);
  const shares: NetShare[] = [];
  const unrecognizedLines: UnrecognizedLine[] = [];
  // Indexes of the lines since the last share that are not part of one.
  let pending: number[] = [];
  let draft: Draft | null = null;

  for (let i = first; i < starts.length; i++) {
    const from = starts[i]!;
    const to = ends[i]!;
    if (isBlankBetween(source, from, to)) {
      // The line where an empty remark would have gone; it ends the share.
      if (draft?.awaiting === 'remark') draft.awaiting = null;
      continue;
    }
    if (draft?.awaiting && startsIndented(source, from, to) && continueDraft(draft, source, from, to, columns, remarkLineFollows(lines, i, columns))) {
      draft.lineNumbers.push(i + 1);
      continue;
    }
    const fields = firstLineFields(lines, i, columns);
    if (fields) {
      if (draft) shares.push(toShare(draft));
      if (pending.length > 0) {
        for (const index of pending) unrecognizedLines.push({ lineNumber: index + 1, text: withoutLineEnd(source.slice(starts[index], ends[index])) });
        pending = [];
      }
      // A name alone waits for its resource; a share complete on its line needs no draft.
      const awaiting = fields.resource === '' && fields.remark === '' ? 'resource' : awaitingAfter(fields, columns);
      if (awaiting === null) {
        shares.push(share(fields, i + 1, [i + 1]));
        draft = null;
      } else {
        draft = { name: fields.name, resource: fields.resource, remark: fields.remark, lineNumber: i + 1, lineNumbers: [i + 1], awaiting };
      }
      continue;
    }
    // A stray line closes the share before it: a later indented line cannot belong to it.
    if (draft) draft.awaiting = null;
    pending.push(i);
  }
  if (draft) shares.push(toShare(draft));
  return { shares, messages: pending.map((index) => trimmedBetween(source, starts[index]!, ends[index]!)), unrecognizedLines };
}

function toShare(draft: Draft): NetShare {
  return share(draft, draft.lineNumber, draft.lineNumbers);
}

function share(fields: ShareFields, lineNumber: number, lineNumbers: number[]): NetShare {
  return {
    name: fields.name,
    resource: fields.resource,
    remark: fields.remark,
    isPrinter: isPrinterShare(fields.resource, fields.remark),
    lineNumber,
    lineNumbers,
  };
}

/**
 * The fields of line index `at` when it starts a share, or null for a line that is not one (a
 * message, garbage).
 */
function firstLineFields(lines: LineSpans, at: number, columns: ShareColumns): ShareFields | null {
  const { source } = lines;
  const from = lines.starts[at]!;
  const to = lines.ends[at]!;
  if (startsIndented(source, from, to)) return null;
  const fields =
    (remarkLineFollows(lines, at, columns) ? longResourceLine(source, from, to, columns, false) : null) ?? splitShareLine(source, from, to, columns);
  // A name alone is a wrapped share only when its continuation follows; otherwise it is a
  // message such as "命令成功完成。", which has no column structure to tell it apart.
  if (fields !== null && fields.resource === '' && fields.remark === '' && !nextIsIndented(lines, at)) return null;
  return fields;
}

/** Applies an indented continuation line to the share waiting for it; false when it does not fit. */
function continueDraft(draft: Draft, source: string, from: number, to: number, columns: ShareColumns, remarkLineFollows: boolean): boolean {
  if (draft.awaiting === 'remark') {
    // Only a line indented past the resource column can be the remark line.
    if (indentCells(source, from, to) <= columns.resource) return false;
    draft.remark = trimmedBetween(source, from, to);
    draft.awaiting = null;
    return true;
  }
  // Awaiting the resource (and perhaps the remark) after a wrapped name.
  const fields = (remarkLineFollows ? longResourceLine(source, from, to, columns, true) : null) ?? splitShareLine(source, from, to, columns);
  if (fields === null || fields.name !== '') return false;
  draft.resource = fields.resource;
  draft.remark = fields.remark;
  draft.awaiting = awaitingAfter(fields, columns);
  return true;
}

/** A resource that reaches the remark column leaves the remark to the next line. */
function awaitingAfter(fields: ShareFields, columns: ShareColumns): 'remark' | null {
  return fields.remark === '' && displayWidth(fields.resource) >= columns.remark - columns.resource ? 'remark' : null;
}

/**
 * Whether the line after index `at` is the remark line a long resource leaves (blank, or indented to
 * the remark column): then line `at` holds a resource wider than its column, whatever its spaces.
 */
function remarkLineFollows(lines: LineSpans, at: number, columns: ShareColumns): boolean {
  const next = at + 1;
  if (next >= lines.starts.length) return false;
  const from = lines.starts[next]!;
  const to = lines.ends[next]!;
  return isBlankBetween(lines.source, from, to) || indentCells(lines.source, from, to) >= columns.remark;
}

/** Whether the next non-blank line after index `at` is indented, which makes a lone name a wrapped share. */
function nextIsIndented(lines: LineSpans, at: number): boolean {
  for (let i = at + 1; i < lines.starts.length; i++) {
    const from = lines.starts[i]!;
    const to = lines.ends[i]!;
    if (!isBlankBetween(lines.source, from, to)) return startsIndented(lines.source, from, to);
  }
  return false;
}

function startsIndented(source: string, from: number, to: number): boolean {
  return from < to && isWhitespaceCode(source.charCodeAt(from));
}
