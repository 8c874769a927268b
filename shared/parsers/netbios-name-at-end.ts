import { isWhitespaceCode } from './text-lines';

/**
 * A NetBIOS name with its 16th byte as nbtstat prints it, at the end of a text:
 *   "    OFFICE-PC      <00>  Connected    Out       NAS            <20>"    -> NAS, 20
 * The name may hold single spaces; a run of two or more spaces (or a TAB) separates it from what is
 * before. The result is exactly what
 *   /(?:^|\s)(\S+(?: \S+)*)\s*<([0-9A-Fa-f]{2})>\s*$/
 * finds (index, name, suffix), found by reading the text once from its end: the expression retries
 * every word of a long single-spaced run against the rest of it, in time quadratic in its length.
 */
export interface NameAtEnd {
  /** Where the match starts: the whitespace before the name, or 0. */
  readonly index: number;
  readonly name: string;
  /** The two hex digits as printed. */
  readonly suffix: string;
}

const SPACE = 32;

export function netbiosNameAtEnd(text: string): NameAtEnd | null {
  let end = text.length;
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  // "<XX>" ends the text, but for whitespace.
  const open = end - 4;
  if (open < 0 || text.charCodeAt(open) !== 60 || text.charCodeAt(end - 1) !== 62) return null;
  if (!isHexDigit(text.charCodeAt(open + 1)) || !isHexDigit(text.charCodeAt(open + 2))) return null;
  let nameEnd = open;
  while (nameEnd > 0 && isWhitespaceCode(text.charCodeAt(nameEnd - 1))) nameEnd--;
  if (nameEnd === 0) return null;
  // Back over words joined by single spaces, to whitespace that is not one (or to the start).
  let nameStart = nameEnd;
  for (;;) {
    while (nameStart > 0 && !isWhitespaceCode(text.charCodeAt(nameStart - 1))) nameStart--;
    const joinedBySpace = nameStart >= 2 && text.charCodeAt(nameStart - 1) === SPACE && !isWhitespaceCode(text.charCodeAt(nameStart - 2));
    if (!joinedBySpace) break;
    nameStart--;
  }
  return { index: nameStart === 0 ? 0 : nameStart - 1, name: text.slice(nameStart, nameEnd), suffix: text.slice(open + 1, open + 3) };
}

const isHexDigit = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
