/**
 * Line handling shared by every parser. Windows console output arrives with CRLF, sometimes with a
 * stray CR or LF, and with trailing padding; parsers work on lines with the line ending removed and
 * keep their original 1-based line numbers so technicians can find a line in the raw output.
 */

export interface NumberedLine {
  /** 1-based, as an editor would show it. */
  readonly lineNumber: number;
  /** The line without its line ending; trailing spaces are kept (column positions depend on them). */
  readonly text: string;
}

/** A line a parser could not place: reported, never silently dropped. */
export interface UnrecognizedLine {
  readonly lineNumber: number;
  readonly text: string;
}

export function splitLines(text: string): NumberedLine[] {
  return splitLineTexts(text).map((line, index) => ({ lineNumber: index + 1, text: withoutLineEnd(line) }));
}

/**
 * The lines of `text` as plain strings, for parsers on a hot path. A line may keep a trailing CR (CRLF
 * output is split at LF only, which is several times faster); callers treat CR as trailing space and
 * use withoutLineEnd() for any line they return as text. A CR inside a line (old Mac endings, output
 * that overwrote itself) still breaks the line.
 */
export function splitLineTexts(text: string): string[] {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parts = hasCrInsideLine(withoutBom) ? withoutBom.split(/\r\n|\r|\n/) : withoutBom.split('\n');
  // A final line ending does not start another line.
  if (parts.length > 1 && withoutLineEnd(parts[parts.length - 1]!) === '') parts.pop();
  return parts;
}

/**
 * The lines of `text` as places in it, for parsers that read a long output where it lies instead of
 * copying every line out: line i (numbered i + 1, as splitLines numbers it) is
 * source[starts[i], ends[i]). A line may keep a trailing CR, as with splitLineTexts.
 */
export interface LineSpans {
  /** `text`, with a CR that is not part of CRLF turned into LF (which keeps the line numbers). */
  readonly source: string;
  readonly starts: number[];
  readonly ends: number[];
}

export function lineSpans(text: string): LineSpans {
  const source = hasCrInsideLine(text) ? text.replace(/\r(?!\n)/g, '\n') : text;
  const starts: number[] = [];
  const ends: number[] = [];
  let from = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let newline = source.indexOf('\n', from); newline !== -1; newline = source.indexOf('\n', from)) {
    starts.push(from);
    ends.push(newline);
    from = newline + 1;
  }
  // A final line ending does not start another line.
  if (starts.length === 0 || !isOnlyCarriageReturns(source, from, source.length)) {
    starts.push(from);
    ends.push(source.length);
  }
  return { source, starts, ends };
}

function isOnlyCarriageReturns(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 13) return false;
  return true;
}

/** The line without the CR(s) that CRLF splitting at LF leaves on it (read by codes: this runs on every line). */
export function withoutLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 13) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** A CR that is not part of a CRLF; found with indexOf, which is faster than a regular expression here. */
export function hasCrInsideLine(text: string): boolean {
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 2)) {
    if (text.charCodeAt(at + 1) !== 10) return true;
  }
  return false;
}

export function isBlank(line: NumberedLine | string): boolean {
  const text = typeof line === 'string' ? line : line.text;
  return isBlankBetween(text, 0, text.length);
}

/** Whether text[from, to) is all whitespace, read in place so a large output is not copied line by line. */
export function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!isWhitespaceCode(text.charCodeAt(i))) return false;
  }
  return true;
}

/** text[from, to) as trim() would leave it, read in place so that only the result is copied. */
export function trimmedBetween(text: string, from: number, to: number): string {
  while (from < to && isWhitespaceCode(text.charCodeAt(from))) from++;
  while (to > from && isWhitespaceCode(text.charCodeAt(to - 1))) to--;
  return from === to ? '' : text.slice(from, to);
}

/**
 * Exactly the characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator), so
 * "blank" here agrees with every trim() elsewhere; a line of U+2003 em spaces is blank in both.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function unrecognized(line: NumberedLine): UnrecognizedLine {
  return { lineNumber: line.lineNumber, text: line.text };
}

/**
 * The rule of dashes that net.exe prints under a table header (79 of them on every Windows version
 * we have captures of; some published samples have 58, 72, 73 or 80). A line of at least 20 dashes
 * and nothing else counts, so a shortened rule in a pasted sample still separates header from rows.
 */
export function isDashRule(line: NumberedLine | string): boolean {
  const text = (typeof line === 'string' ? line : line.text).trim();
  return text.length >= 20 && /^-+$/.test(text);
}

/** Index of the first dash rule, or -1 when the output has no table. */
export function findDashRule(lines: readonly NumberedLine[], from = 0): number {
  for (let i = from; i < lines.length; i++) {
    if (isDashRule(lines[i]!)) return i;
  }
  return -1;
}

/**
 * Console cells a string occupies: East Asian wide and fullwidth characters take two cells.
 * Localized headers and remarks in Chinese, Japanese and Korean are laid out in cells, not characters.
 */
export function displayWidth(text: string): number {
  if (!MAY_HAVE_WIDE.test(text)) return text.length;
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0)!) ? 2 : 1;
  return width;
}

/**
 * Every wide character is at U+1100 or above (surrogate pairs included); text without any is measured
 * in characters, with no per-character loop.
 */
const MAY_HAVE_WIDE = /[\u1100-\uffff]/;

/**
 * Whether `text` may hold a character of two console cells (any code unit of U+1100 or above). When
 * it does not, every cell is a character. Instant on text V8 stores one byte per character, which an
 * output without such characters usually is; so a parser asks once for the whole output instead of
 * line by line.
 */
export function mayHoldWideCharacters(text: string): boolean {
  return MAY_HAVE_WIDE.test(text);
}

/** Whether a code point takes two console cells (see displayWidth). */
export function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) || // Hangul Jamo
    (codePoint >= 0x2e80 && codePoint <= 0x303e) || // CJK radicals, punctuation
    (codePoint >= 0x3041 && codePoint <= 0x33ff) || // Kana, CJK symbols
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) || // CJK extension A
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) || // CJK unified ideographs
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) || // Yi
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) || // Hangul syllables
    (codePoint >= 0xf900 && codePoint <= 0xfaff) || // CJK compatibility ideographs
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) || // CJK compatibility forms
    (codePoint >= 0xff00 && codePoint <= 0xff60) || // Fullwidth forms
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/**
 * The characters of `text` whose first display cell lies in [fromCell, toCell). Used to cut fixed-width
 * columns that may hold wide (CJK) characters; for plain ASCII this is `text.slice(fromCell, toCell)`.
 */
export function sliceCells(text: string, fromCell: number, toCell = Number.POSITIVE_INFINITY): string {
  if (!MAY_HAVE_WIDE.test(text)) return text.slice(fromCell, toCell);
  let width = 0;
  let result = '';
  for (const char of text) {
    if (width >= toCell) break;
    if (width >= fromCell) result += char;
    width += isWide(char.codePointAt(0)!) ? 2 : 1;
  }
  return result;
}
