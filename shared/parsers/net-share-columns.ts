import { isWide, mayHoldWideCharacters, type LineSpans } from './text-lines';

/** Where the resource and remark columns of `net share` start, in display cells. */
export interface ShareColumns {
  readonly resource: number;
  readonly remark: number;
  /** The output holds no wide character, so every cell of every line is a character. */
  readonly narrow: boolean;
}

// net.exe's columns (see net-share.ts for the row layout), and the ranges a column start is looked
// for in: a resource column in [6, 30], a remark column in [resource + 20, 70].
const RESOURCE_CELL = 13;
const REMARK_CELL = 45;
const FIRST_RESOURCE_CELL = 6;
const LAST_RESOURCE_CELL = 30;
const REMARK_AFTER_RESOURCE = 20;
const FIRST_POSSIBLE_REMARK_CELL = FIRST_RESOURCE_CELL + REMARK_AFTER_RESOURCE;
const LAST_REMARK_CELL = 70;

/**
 * Column starts from the data: the most common start of a field after a run of two spaces (or an
 * indent), in a plausible range. net.exe's 13/45 win ties; a hand-drawn sample with other widths
 * (the pt-PT course page uses 15/47) gets its own columns.
 */
export function inferColumns(lines: LineSpans, first: number): ShareColumns {
  const { source, starts, ends } = lines;
  const resourceStarts = new Int32Array(LAST_RESOURCE_CELL + 1);
  // Each line's first field start at or after cell 26 (0 for none), found by the same walk: the
  // remark column is looked for from there once the resource column is known.
  const laterStarts = new Uint8Array(starts.length);
  const narrow = !mayHoldWideCharacters(source);
  const gaps: GapSearch = { next: -1 }; // -1: not searched yet
  for (let i = first; i < starts.length; i++) {
    const found = narrow
      ? narrowFieldStarts(source, starts[i]!, ends[i]!, FIRST_POSSIBLE_REMARK_CELL, gaps)
      : fieldStarts(source, starts[i]!, ends[i]!, FIRST_POSSIBLE_REMARK_CELL);
    const resourceStart = found & 127;
    if (resourceStart !== 0) resourceStarts[resourceStart]!++;
    laterStarts[i] = found >> 7;
  }
  const resource = mostCommon(resourceStarts, RESOURCE_CELL);
  const firstRemarkCell = resource + REMARK_AFTER_RESOURCE;
  const remarkStarts = new Int32Array(LAST_REMARK_CELL + 1);
  for (let i = first; i < starts.length; i++) {
    let start = laterStarts[i]!;
    // A start before this resource column's remark range (rare: a gap around cells 26-32) is passed over.
    if (start !== 0 && start < firstRemarkCell) start = fieldStarts(source, starts[i]!, ends[i]!, firstRemarkCell) >> 7;
    if (start !== 0) remarkStarts[start]!++;
  }
  const remark = mostCommon(remarkStarts, resource + (REMARK_CELL - RESOURCE_CELL));
  return { resource, remark, narrow };
}

/**
 * Two field starts of the line source[from, to), packed into one number to spare an object per line: the first in
 * [6, 30] (bits 0-6) and the first at or after cell `laterFrom`, up to cell 70 (bits 7-13); 0 for none.
 * A field starts after two or more spaces, or after the indent (any spaces before the first text); only
 * U+0020 separates, and wide characters take two cells. The walk stops at the later start or at cell
 * 70, so a long line costs no more than a short one. The CR that CRLF leaves at the end is not text.
 */
function fieldStarts(source: string, from: number, to: number, laterFrom: number): number {
  let end = to;
  while (end > from && source.charCodeAt(end - 1) === CR) end--;
  let resourceStart = 0;
  let cell = 0;
  let spacesBefore = 0;
  let seenText = false;
  for (let i = from; i < end && cell <= LAST_REMARK_CELL;) {
    const code = source.charCodeAt(i);
    if (code === SPACE) {
      spacesBefore++;
    } else {
      if ((spacesBefore >= 2 || (!seenText && spacesBefore > 0)) && cell > 0) {
        if (resourceStart === 0 && cell >= FIRST_RESOURCE_CELL && cell <= LAST_RESOURCE_CELL) resourceStart = cell;
        if (cell >= laterFrom) return resourceStart | (cell << 7);
      }
      spacesBefore = 0;
      seenText = true;
    }
    if (code < WIDE_CHARACTERS_START) {
      cell++;
      i++;
    } else {
      const codePoint = source.codePointAt(i)!;
      cell += isWide(codePoint) ? 2 : 1;
      i += codePoint > 0xffff ? 2 : 1;
    }
  }
  return resourceStart;
}

/** Where the next run of two spaces in the output lies, from the last search on (its length for none). */
interface GapSearch {
  next: number;
}

/**
 * fieldStarts for an output without wide characters, where a cell is a character: the runs of two
 * spaces are found with indexOf instead of reading every character. indexOf cannot stop at the end
 * of the line, so the run it finds past it is kept for the lines that follow, and the whole output is
 * searched once.
 */
function narrowFieldStarts(source: string, from: number, to: number, laterFrom: number, gaps: GapSearch): number {
  let end = to;
  while (end > from && source.charCodeAt(end - 1) === CR) end--;
  let resourceStart = 0;
  let at = from;
  while (at < end && source.charCodeAt(at) === SPACE) at++;
  // The first start is after the indent, when the line has one.
  let start = at > from ? at : -1;
  for (;;) {
    if (start >= end || start - from > LAST_REMARK_CELL) return resourceStart;
    if (start >= 0) {
      const cell = start - from;
      if (resourceStart === 0 && cell >= FIRST_RESOURCE_CELL && cell <= LAST_RESOURCE_CELL) resourceStart = cell;
      if (cell >= laterFrom) return resourceStart | (cell << 7);
    }
    if (gaps.next < at) {
      const gap = source.indexOf('  ', at);
      // None in the rest of the output: no line after this one is searched again either.
      gaps.next = gap === -1 ? source.length : gap;
    }
    if (gaps.next >= end) return resourceStart;
    at = gaps.next + 2;
    while (at < end && source.charCodeAt(at) === SPACE) at++;
    start = at;
  }
}

/**
 * The most frequent cell; the preferred cell wins when no other is more frequent, and among several
 * equally frequent others the leftmost wins. The preferred cell is the answer when there is no data.
 */
function mostCommon(counts: Int32Array, preferred: number): number {
  let best = preferred;
  let bestCount = counts[preferred] ?? 0;
  for (let cell = 0; cell < counts.length; cell++) {
    if (counts[cell]! > bestCount) {
      best = cell;
      bestCount = counts[cell]!;
    }
  }
  return best;
}

const SPACE = 32;
const CR = 13;
/** Below U+1100 every character takes one console cell (see displayWidth). */
const WIDE_CHARACTERS_START = 0x1100;
