import { isWhitespaceCode } from './text-lines';

/**
 * The local NetBIOS name at the start of an nbtstat row, with its 16th byte when printed as <XX>,
 * and the rest of the row:
 *   "    OFFICE-PC      <03>  Listening"     -> OFFICE-PC, 03, "Listening"
 *   "    OFFICE-PC            Connected"     -> OFFICE-PC, "Connected"
 * The name may hold single spaces. The result is exactly what
 *   /^\s*(\S+(?: \S+)*)\s*<([0-9A-Fa-f]{2})>(?:\s+(.*))?$/   and then   /^\s*(\S+(?: \S+)*)(?:\s{2,}(.*))?$/
 * find, by a scan in linear time: "." stops at a line separator (U+2028, U+2029), so on a row holding
 * one those expressions retried every word of the name, or every space of a long run, against the rest
 * of the row.
 */
export interface NameAtStart {
  readonly name: string;
  /** The two hex digits as printed, when the name has them. */
  readonly suffix?: string;
  readonly rest: string;
}

const SPACE = 32;

export function netbiosNameAtStart(text: string): NameAtStart | null {
  let nameStart = 0;
  while (nameStart < text.length && isWhitespaceCode(text.charCodeAt(nameStart))) nameStart++;
  if (nameStart === text.length) return null;
  // The longest run of words joined by single spaces; the name is as much of it as lets the rest fit.
  let chainEnd = nameStart;
  for (;;) {
    while (chainEnd < text.length && !isWhitespaceCode(text.charCodeAt(chainEnd))) chainEnd++;
    const joined = text.charCodeAt(chainEnd) === SPACE && chainEnd + 1 < text.length && !isWhitespaceCode(text.charCodeAt(chainEnd + 1));
    if (!joined) break;
    chainEnd++;
  }
  // The rest (".*") may hold no line terminator: it starts after the last one, or not at all. Looked
  // for from the end, no further than needed, and never twice: text[clearFrom…] holds none, and
  // lastTerminator is the last one once met.
  let clearFrom = text.length;
  let lastTerminator = -1;

  // A suffix needs a "<" after the name's first character; most rows have none.
  const mayHaveSuffix = text.indexOf('<', nameStart + 1) !== -1;
  for (let nameEnd = mayHaveSuffix ? chainEnd : nameStart; nameEnd > nameStart; nameEnd--) {
    if (isWhitespaceCode(text.charCodeAt(nameEnd - 1))) continue;
    const open = whitespaceEnd(text, nameEnd);
    if (!isSuffixAt(text, open)) continue;
    const afterSuffix = open + 4;
    if (afterSuffix === text.length) return { name: text.slice(nameStart, nameEnd), suffix: text.slice(open + 1, open + 3), rest: '' };
    if (!isWhitespaceCode(text.charCodeAt(afterSuffix))) continue;
    const restStart = whitespaceEnd(text, afterSuffix);
    while (lastTerminator < 0 && clearFrom > restStart) if (isLineTerminator(text.charCodeAt(--clearFrom))) lastTerminator = clearFrom;
    if (lastTerminator < restStart) return { name: text.slice(nameStart, nameEnd), suffix: text.slice(open + 1, open + 3), rest: text.slice(restStart) };
  }

  // Without a suffix the name is the whole run, followed by the end or by two or more whitespace characters.
  if (chainEnd === text.length) return { name: text.slice(nameStart, chainEnd), rest: '' };
  const restStart = whitespaceEnd(text, chainEnd);
  if (restStart - chainEnd < 2) return null;
  while (lastTerminator < 0 && clearFrom > restStart) if (isLineTerminator(text.charCodeAt(--clearFrom))) lastTerminator = clearFrom;
  if (lastTerminator < restStart) return { name: text.slice(nameStart, chainEnd), rest: text.slice(restStart) };
  return null;
}

function whitespaceEnd(text: string, from: number): number {
  while (from < text.length && isWhitespaceCode(text.charCodeAt(from))) from++;
  return from;
}

/** "<XX>" at `at`, XX two hex digits. */
function isSuffixAt(text: string, at: number): boolean {
  return (
    at + 4 <= text.length &&
    text.charCodeAt(at) === 60 &&
    isHexDigit(text.charCodeAt(at + 1)) &&
    isHexDigit(text.charCodeAt(at + 2)) &&
    text.charCodeAt(at + 3) === 62
  );
}

const isHexDigit = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
// What "." does not match: LF, CR, LINE SEPARATOR, PARAGRAPH SEPARATOR.
const isLineTerminator = (code: number) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
