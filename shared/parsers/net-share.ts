import { appendMapped } from './append-all';
import { readOutputWithoutTable } from './table-body';
import {
  displayWidth,
  findDashRule,
  isBlank,
  sliceCells,
  splitLines,
  unrecognized,
  type NumberedLine,
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
const RESOURCE_CELL = 13;
const REMARK_CELL = 45;

/** Where the resource and remark columns start; inferred from the rows, defaulting to net.exe's. */
interface Columns {
  readonly resource: number;
  readonly remark: number;
}

interface ShareFields {
  readonly name: string;
  readonly resource: string;
  readonly remark: string;
}

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
  const lines = splitLines(text);
  const rule = findDashRule(lines);
  if (rule < 0) return { shares: [], ...readOutputWithoutTable(lines) };
  return readShareRows(lines.slice(rule + 1));
}

/**
 * Rows, then trailing message lines. Like readTableBody, but a share may span up to three lines,
 * and a blank line can be meaningful (the empty remark line of a share with a long resource).
 */
function readShareRows(body: readonly NumberedLine[]): NetShareList {
  const columns = inferColumns(body);
  const shares: NetShare[] = [];
  const unrecognizedLines: UnrecognizedLine[] = [];
  let pending: NumberedLine[] = [];
  let draft: Draft | null = null;

  // Whether the next non-blank line is indented decides if a lone name is a wrapped share.
  const nextIsIndented: boolean[] = [];
  let following: NumberedLine | undefined;
  for (let i = body.length - 1; i >= 0; i--) {
    nextIsIndented[i] = following !== undefined && startsIndented(following.text);
    if (!isBlank(body[i]!)) following = body[i];
  }
  // Whether the very next line is the remark line a long resource leaves (blank, or indented to the
  // remark column): then the line before holds a resource wider than its column, whatever its spaces.
  const remarkLineFollows = body.map((_, i) => {
    const next = body[i + 1];
    if (next === undefined) return false;
    if (isBlank(next)) return true;
    return displayWidth(next.text) - displayWidth(next.text.trimStart()) >= columns.remark;
  });

  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    if (isBlank(line)) {
      // The line where an empty remark would have gone; it ends the share.
      if (draft?.awaiting === 'remark') draft.awaiting = null;
      continue;
    }
    if (draft?.awaiting && startsIndented(line.text) && continueDraft(draft, line.text, columns, remarkLineFollows[i] ?? false)) {
      draft.lineNumbers.push(line.lineNumber);
      continue;
    }
    const started = startShare(line, columns, nextIsIndented[i] ?? false, remarkLineFollows[i] ?? false);
    if (started) {
      if (draft) shares.push(toShare(draft));
      appendMapped(unrecognizedLines, pending, unrecognized);
      pending = [];
      draft = started;
      continue;
    }
    // A stray line closes the share before it: a later indented line cannot belong to it.
    if (draft) draft.awaiting = null;
    pending.push(line);
  }
  if (draft) shares.push(toShare(draft));
  return { shares, messages: pending.map((line) => line.text.trim()), unrecognizedLines };
}

function toShare(draft: Draft): NetShare {
  return {
    name: draft.name,
    resource: draft.resource,
    remark: draft.remark,
    isPrinter: isPrinterShare(draft.resource, draft.remark),
    lineNumber: draft.lineNumber,
    lineNumbers: draft.lineNumbers,
  };
}

/** The first line of a share, or null for a line that is not one (a message, garbage). */
function startShare(line: NumberedLine, columns: Columns, nextIsIndented: boolean, remarkLineFollows: boolean): Draft | null {
  if (startsIndented(line.text)) return null;
  const fields = (remarkLineFollows ? longResourceLine(line.text, columns) : null) ?? splitShareLine(line.text, columns);
  if (fields === null) return null;
  if (fields.resource === '' && fields.remark === '') {
    // A name alone is a wrapped share only when its continuation follows; otherwise it is a
    // message such as "命令成功完成。", which has no column structure to tell it apart.
    if (!nextIsIndented) return null;
    return { ...fields, lineNumber: line.lineNumber, lineNumbers: [line.lineNumber], awaiting: 'resource' };
  }
  return { ...fields, lineNumber: line.lineNumber, lineNumbers: [line.lineNumber], awaiting: awaitingAfter(fields, columns) };
}

/** Applies an indented continuation line to the share waiting for it; false when it does not fit. */
function continueDraft(draft: Draft, text: string, columns: Columns, remarkLineFollows: boolean): boolean {
  const start = displayWidth(text) - displayWidth(text.trimStart());
  if (draft.awaiting === 'remark') {
    // Only a line indented past the resource column can be the remark line.
    if (start <= columns.resource) return false;
    draft.remark = text.trim();
    draft.awaiting = null;
    return true;
  }
  // Awaiting the resource (and perhaps the remark) after a wrapped name.
  const fields = (remarkLineFollows ? longResourceLine(text, columns, { indented: true }) : null) ?? splitShareLine(text, columns);
  if (fields === null || fields.name !== '') return false;
  draft.resource = fields.resource;
  draft.remark = fields.remark;
  draft.awaiting = awaitingAfter(fields, columns);
  return true;
}

/** A resource that reaches the remark column leaves the remark to the next line. */
function awaitingAfter(fields: ShareFields, columns: Columns): 'remark' | null {
  return fields.remark === '' && displayWidth(fields.resource) >= columns.remark - columns.resource ? 'remark' : null;
}

/**
 * Cuts a line into name, resource and remark. Tried in order: display cells (net.exe's layout, CJK
 * counted as two cells), characters (in case wide characters were padded as one), and finally runs of
 * two or more spaces (hand-drawn samples whose columns are off). Null for a blank line.
 */
function splitShareLine(rawText: string, columns: Columns): ShareFields | null {
  const text = rawText.trimEnd();
  if (text.trim() === '') return null;
  return cutAtColumns(text, columns, 'cells') ?? cutAtColumns(text, columns, 'chars') ?? cutAtGaps(text, columns);
}

function cutAtColumns(text: string, columns: Columns, unit: 'cells' | 'chars'): ShareFields | null {
  const slice = unit === 'cells' ? (from: number, to?: number) => sliceCells(text, from, to) : (from: number, to?: number) => text.slice(from, to);
  const width = unit === 'cells' ? displayWidth(text) : text.length;
  // A column boundary must fall on a space (or past the end of the line), never inside a field.
  const boundaryOk = (cell: number): boolean => width < cell || slice(cell - 1, cell) === ' ';
  if (!boundaryOk(columns.resource) || !boundaryOk(columns.remark)) return null;
  const nameField = slice(0, columns.resource);
  const fields = {
    name: nameField.trim(),
    resource: slice(columns.resource, columns.remark).trim(),
    remark: slice(columns.remark).trim(),
  };
  // A name filling its whole column leaves one space before the resource; a sentence can do the same
  // by chance ("There are no entries…"), so then the resource must look like one.
  const nameFillsColumn = !nameField.endsWith('  ') && width >= columns.resource;
  if (nameFillsColumn && fields.resource !== '' && !looksLikeResource(fields.resource)) return null;
  return fields;
}

/**
 * A share line whose resource is wider than its column: everything from the resource column on is the
 * resource (it may hold a space right at the remark column, or run past it with no space at all), and
 * the remark is on the next line. Only used when that remark line follows. Null when it does not fit.
 */
function longResourceLine(rawText: string, columns: Columns, options: { indented?: boolean } = {}): ShareFields | null {
  const text = rawText.trimEnd();
  // A resource of 32 cells or more reaches the separator before the remark column (cell remark - 1).
  if (displayWidth(text) < columns.remark || sliceCells(text, columns.resource - 1, columns.resource) !== ' ') return null;
  const name = sliceCells(text, 0, columns.resource).trim();
  const resource = sliceCells(text, columns.resource).trim();
  // A first line has a name; the continuation of a wrapped name has none.
  if ((name === '') !== (options.indented === true) || !looksLikeResource(resource)) return null;
  return { name, resource, remark: '' };
}

function cutAtGaps(text: string, columns: Columns): ShareFields {
  const parts: { text: string; cell: number }[] = [];
  const gap = /\S+(?: \S+)*/gu;
  // Cells are counted on from the previous part, not from the start of the line for every part.
  let counted = 0;
  let cell = 0;
  for (let match = gap.exec(text); match; match = gap.exec(text)) {
    cell += displayWidth(text.slice(counted, match.index));
    counted = match.index;
    parts.push({ text: match[0], cell });
  }
  const leadingIndent = parts[0]?.cell ?? 0;
  const named = leadingIndent === 0 ? parts.shift() : undefined;
  const name = named?.text ?? '';
  const [second, third] = parts;
  if (second === undefined) return { name, resource: '', remark: '' };
  const remarkFrom = (part: { cell: number }): string => sliceCells(text, part.cell).trim();
  if (third !== undefined) return { name, resource: second.text, remark: remarkFrom(third) };
  // One field after the name: a resource, unless it starts nearer the remark column and is no path.
  const nearerRemark = second.cell * 2 >= columns.resource + columns.remark;
  if (nearerRemark && !looksLikeResource(second.text)) return { name, resource: '', remark: remarkFrom(second) };
  return { name, resource: second.text, remark: '' };
}

/**
 * Column starts from the data: the most common start of a field after a run of two spaces (or an
 * indent), in a plausible range. net.exe's 13/45 win ties; a hand-drawn sample with other widths
 * (the pt-PT course page uses 15/47) gets its own columns.
 */
function inferColumns(body: readonly NumberedLine[]): Columns {
  const resourceStarts: number[] = [];
  for (const line of body) {
    const start = fieldStarts(line.text).find((cell) => cell >= 6 && cell <= 30);
    if (start !== undefined) resourceStarts.push(start);
  }
  const resource = mostCommon(resourceStarts, RESOURCE_CELL);
  const remarkStarts: number[] = [];
  for (const line of body) {
    const start = fieldStarts(line.text).find((cell) => cell >= resource + 20 && cell <= 70);
    if (start !== undefined) remarkStarts.push(start);
  }
  const remark = mostCommon(remarkStarts, resource + (REMARK_CELL - RESOURCE_CELL));
  return { resource, remark };
}

function fieldStarts(text: string): number[] {
  const starts: number[] = [];
  let cell = 0;
  let spacesBefore = 0;
  let seenText = false;
  for (const char of text) {
    if (char === ' ') {
      spacesBefore++;
    } else {
      if ((spacesBefore >= 2 || (!seenText && spacesBefore > 0)) && cell > 0) starts.push(cell);
      spacesBefore = 0;
      seenText = true;
    }
    cell += displayWidth(char);
  }
  return starts;
}

/** The most frequent value; the preferred value wins ties, and is the answer when there is no data. */
function mostCommon(values: readonly number[], preferred: number): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = preferred;
  let bestCount = counts.get(preferred) ?? 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value < best && best !== preferred)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function startsIndented(text: string): boolean {
  return /^\s/u.test(text);
}

// Resources are drive paths (C:\, D:\Shares), UNC paths, or printer ports.
function looksLikeResource(text: string): boolean {
  return /^[A-Za-z]:(?:\\|$)/u.test(text) || text.startsWith('\\\\') || isPrinterPort(text);
}

// Printer ports as Windows names them. The "Spooled" remark is English-only and unverified in
// captures, so the port is the second, language-independent signal:
//   LPT1: COM2:                 parallel and serial ports
//   USB001 DOT4_001 TS001       USB, IEEE 1284.4 and Remote Desktop redirected ports
//   IP_192.168.1.5 192.168.1.5  Standard TCP/IP ports (older and newer default names)
//   WSD-<guid>.0064             Web Services for Devices ports
//   FILE: NUL: XPSPort: PORTPROMPT: SHRFAX: Ne01:   local ports of virtual printers
// A pooled printer lists several ports separated by commas.
const PRINTER_PORTS: readonly RegExp[] = [
  /^(?:LPT|COM)\d{1,3}:?$/iu,
  /^(?:USB|DOT4_|TS)\d{3}$/iu,
  /^IP_[\w.:-]+$/iu,
  /^\d{1,3}(?:\.\d{1,3}){3}(?:_\d+)?$/u,
  /^WSD-[0-9a-f-]+(?:\.\d+)?$/iu,
  /^(?:FILE|NUL|XPSPort|PORTPROMPT|SHRFAX|Ne\d{2}):$/iu,
];

function isPrinterPort(resource: string): boolean {
  const ports = resource.split(',').map((port) => port.trim());
  return ports.length > 0 && ports.every((port) => PRINTER_PORTS.some((pattern) => pattern.test(port)));
}

function isPrinterShare(resource: string, remark: string): boolean {
  return /^spooled\b/iu.test(remark) || (resource !== '' && isPrinterPort(resource));
}
