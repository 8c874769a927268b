import { isWhitespaceCode } from './text-lines';

const SPACE = 32;

/**
 * Where to cut the last field off a row whose fields are separated by runs of spaces, when the row
 * does not fit its columns: at the run of two or more whitespace characters before the last field,
 * else at the single whitespace character before the last word. -1 when the text ends in whitespace
 * or has none. With `lastFieldMayHoldSpaces`, the last field is every word after the last such run,
 * joined by single spaces ("Maria Lopez"); without, it is the last word.
 *
 * The result is the index that
 *   /\s{2,}(?=\S+$)/u               or, with lastFieldMayHoldSpaces, /\s{2,}(?=\S+(?: \S+)*$)/u
 *   then /\s(?=\S+$)/u
 * find, read once from the end of the text: those expressions try every position of a long run of
 * whitespace against the rest of the row, in time quadratic in the row's length.
 */
export function lastGapStart(text: string, lastFieldMayHoldSpaces: boolean): number {
  const lastWord = wordStart(text, text.length);
  if (lastWord === text.length || lastWord === 0) return -1;
  let fieldStart = lastWord;
  if (lastFieldMayHoldSpaces) {
    while (fieldStart >= 2 && text.charCodeAt(fieldStart - 1) === SPACE && !isWhitespaceCode(text.charCodeAt(fieldStart - 2))) {
      fieldStart = wordStart(text, fieldStart - 1);
    }
  }
  let gapStart = fieldStart;
  while (gapStart > 0 && isWhitespaceCode(text.charCodeAt(gapStart - 1))) gapStart--;
  if (fieldStart - gapStart >= 2) return gapStart;
  return lastWord - 1;
}

/** Start of the run of non-whitespace characters that ends at `end`. */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && !isWhitespaceCode(text.charCodeAt(start - 1))) start--;
  return start;
}
