import type { ShareColumns } from './net-share-columns';
import { looksLikeResource } from './share-resource';
import { displayWidth, isWhitespaceCode, isWide, sliceCells, trimmedBetween } from './text-lines';

/** A share line cut into its three columns (any of them may be ""). */
export interface ShareFields {
  readonly name: string;
  readonly resource: string;
  readonly remark: string;
}

// A line is source[from, to), read where it lies in the output: a list of thousands of shares is cut
// without copying a line. Lines without a character of U+1100 or above before the remark column (nearly
// all: names and paths in Latin, Cyrillic, Greek…) take one cell per character there, so their columns
// are found by character codes; lines with CJK text there are copied out and cut by display cells.

/**
 * Cuts a line into name, resource and remark. Tried in order: display cells (net.exe's layout, CJK
 * counted as two cells), characters (in case wide characters were padded as one), and finally runs of
 * two or more spaces (hand-drawn samples whose columns are off). Null for a blank line.
 */
export function splitShareLine(source: string, from: number, to: number, columns: ShareColumns): ShareFields | null {
  const end = endWithoutSpace(source, from, to);
  if (end === from) return null;
  if (columns.narrow || isNarrow(source, from, Math.min(end, from + columns.remark))) {
    return cutNarrowAtColumns(source, from, end, columns) ?? cutAtGaps(source.slice(from, end), columns);
  }
  const text = source.slice(from, end);
  return cutAtColumns(text, columns, 'cells') ?? cutAtColumns(text, columns, 'chars') ?? cutAtGaps(text, columns);
}

/**
 * A share line whose resource is wider than its column: everything from the resource column on is the
 * resource (it may hold a space right at the remark column, or run past it with no space at all), and
 * the remark is on the next line. Only used when that remark line follows. Null when it does not fit.
 * A first line has a name; the continuation of a wrapped name (`indented`) has none.
 */
export function longResourceLine(source: string, from: number, to: number, columns: ShareColumns, indented: boolean): ShareFields | null {
  const end = endWithoutSpace(source, from, to);
  const resourceAt = from + columns.resource;
  let name: string;
  let resource: string;
  if (columns.narrow || isNarrow(source, from, Math.min(end, from + columns.remark))) {
    // A resource of 32 cells or more reaches the separator before the remark column (cell remark - 1).
    if (end - from < columns.remark || source.charCodeAt(resourceAt - 1) !== SPACE) return null;
    name = trimmedBetween(source, from, resourceAt);
    resource = trimmedBetween(source, resourceAt, end);
  } else {
    const text = source.slice(from, end);
    if (displayWidth(text) < columns.remark || sliceCells(text, columns.resource - 1, columns.resource) !== ' ') return null;
    name = sliceCells(text, 0, columns.resource).trim();
    resource = sliceCells(text, columns.resource).trim();
  }
  if ((name === '') !== indented || !looksLikeResource(resource)) return null;
  return { name, resource, remark: '' };
}

/** Display cells of the whitespace source[from, to) starts with. */
export function indentCells(source: string, from: number, to: number): number {
  let cells = 0;
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i);
    if (!isWhitespaceCode(code)) break;
    cells += isWide(code) ? 2 : 1;
  }
  return cells;
}

/** cutAtColumns for source[from, end) without wide characters before the remark column. */
function cutNarrowAtColumns(source: string, from: number, end: number, columns: ShareColumns): ShareFields | null {
  const resourceAt = from + columns.resource;
  const remarkAt = from + columns.remark;
  // A column boundary must fall on a space (or past the end of the line), never inside a field.
  if (end >= resourceAt && source.charCodeAt(resourceAt - 1) !== SPACE) return null;
  if (end >= remarkAt && source.charCodeAt(remarkAt - 1) !== SPACE) return null;
  const resourceFrom = Math.min(resourceAt, end);
  const remarkFrom = Math.min(remarkAt, end);
  const fields = {
    name: trimmedBetween(source, from, resourceFrom),
    resource: trimmedBetween(source, resourceFrom, remarkFrom),
    remark: trimmedBetween(source, remarkFrom, end),
  };
  // See cutAtColumns.
  const nameFillsColumn = end >= resourceAt && !(source.charCodeAt(resourceAt - 2) === SPACE && source.charCodeAt(resourceAt - 1) === SPACE);
  if (nameFillsColumn && fields.resource !== '' && !looksLikeResource(fields.resource)) return null;
  return fields;
}

function cutAtColumns(text: string, columns: ShareColumns, unit: 'cells' | 'chars'): ShareFields | null {
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

function cutAtGaps(text: string, columns: ShareColumns): ShareFields {
  // A name at the start of the line and two fields after it are all that is used.
  const parts = leadingParts(text, isWhitespaceCode(text.charCodeAt(0)) ? 2 : 3);
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
 * The first `count` parts of a line, a part being words joined by single spaces (what the pattern
 * "\S+(?: \S+)*" finds one after the other, global), each with the display cell it starts at. Cells
 * are counted on from the previous part, not from the start of the line for every part.
 */
function leadingParts(text: string, count: number): { text: string; cell: number }[] {
  const parts: { text: string; cell: number }[] = [];
  let counted = 0;
  let cell = 0;
  let at = 0;
  while (parts.length < count) {
    while (at < text.length && isWhitespaceCode(text.charCodeAt(at))) at++;
    if (at === text.length) break;
    const start = at;
    for (;;) {
      while (at < text.length && !isWhitespaceCode(text.charCodeAt(at))) at++;
      const joined = text.charCodeAt(at) === SPACE && at + 1 < text.length && !isWhitespaceCode(text.charCodeAt(at + 1));
      if (!joined) break;
      at++;
    }
    cell += displayWidth(text.slice(counted, start));
    counted = start;
    parts.push({ text: text.slice(start, at), cell });
  }
  return parts;
}

/** Where source[from, to) ends without its trailing whitespace (what trimEnd() keeps). */
function endWithoutSpace(source: string, from: number, to: number): number {
  while (to > from && isWhitespaceCode(source.charCodeAt(to - 1))) to--;
  return to;
}

/**
 * Whether source[from, to) holds no character of U+1100 or above, so that its cells are its characters.
 * Checked up to the remark column only: what comes after it moves no column, and is sliced from the
 * same character either way.
 */
function isNarrow(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (source.charCodeAt(i) >= WIDE_CHARACTERS_START) return false;
  return true;
}

const SPACE = 32;
/** Below U+1100 every character takes one console cell (see displayWidth). */
const WIDE_CHARACTERS_START = 0x1100;
