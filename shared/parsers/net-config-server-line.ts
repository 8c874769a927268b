import { isWhitespaceCode } from './text-lines';

// Two ways `net config server` lines are read, each exactly what a regular expression found, by a
// scan that reads the line once: the expressions end in ".*$", and "." stops at a line separator
// (U+2028, U+2029), so on a line holding one they retried every candidate position against the rest
// of the line, in time quadratic in its length.

/**
 * Where the "\\NAME" value of the server name line starts, after whitespace:
 *   Server Name                           \\DESKTOP-8GB0J2A
 * The index of the first backslash, as /\s(\\\\\S.*)$/ finds it (match.index + 1); -1 when none.
 */
export function serverNameValueStart(text: string): number {
  // What follows the whitespace must hold no line terminator.
  let from = 0;
  for (let i = 0; i < text.length; i++) if (isLineTerminator(text.charCodeAt(i))) from = i;
  for (let at = from; at + 3 < text.length; at++) {
    if (
      isWhitespaceCode(text.charCodeAt(at)) &&
      text.charCodeAt(at + 1) === BACKSLASH &&
      text.charCodeAt(at + 2) === BACKSLASH &&
      !isWhitespaceCode(text.charCodeAt(at + 3))
    ) {
      return at + 1;
    }
  }
  return -1;
}

/**
 * A line cut at its first run of two or more whitespace characters, as /^(\S.*?)\s{2,}(\S.*)$/ cuts
 * it: label and value, or null when the line starts with whitespace or has no such run. Neither part
 * may hold a line terminator, so a run can only be taken when every terminator lies inside it.
 */
export function splitAtFirstGap(line: string): { label: string; value: string } | null {
  if (line.length === 0 || isWhitespaceCode(line.charCodeAt(0))) return null;
  let firstTerminator = -1;
  let lastTerminator = -1;
  for (let i = 0; i < line.length; i++) {
    if (!isLineTerminator(line.charCodeAt(i))) continue;
    if (firstTerminator < 0) firstTerminator = i;
    lastTerminator = i;
  }
  for (let i = 1; i < line.length;) {
    if (!isWhitespaceCode(line.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < line.length && isWhitespaceCode(line.charCodeAt(i))) i++;
    const valueStart = i;
    if (valueStart === line.length) return null;
    if (firstTerminator >= 0 && firstTerminator < runStart) return null;
    if (valueStart - runStart >= 2 && lastTerminator < valueStart) return { label: line.slice(0, runStart), value: line.slice(valueStart) };
  }
  return null;
}

const BACKSLASH = 92;
// What "." does not match: LF, CR, LINE SEPARATOR, PARAGRAPH SEPARATOR.
const isLineTerminator = (code: number) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
