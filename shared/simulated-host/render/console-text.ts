import { displayWidth } from '../../parsers/text-lines';

/**
 * Building blocks for console text as Windows' console programs write it: lines ended by CRLF, and
 * fixed-width columns measured in console cells (an East Asian wide character takes two cells, so a
 * Chinese remark or a user name in CJK is padded by cells, never by characters).
 */

export const CRLF = '\r\n';

/** The rule net.exe prints under every table header: 79 dashes on every version we have captures of. */
export const NET_DASH_RULE = '-'.repeat(79);

/** Each line ended by CRLF, as a console program writes them. `['']` is one empty line. */
export function consoleLines(lines: readonly string[]): string {
  return lines.map((line) => `${line}${CRLF}`).join('');
}

/** `text` followed by spaces up to `width` cells; text already wider is left as it is (never cut). */
export function padCells(text: string, width: number): string {
  const missing = width - displayWidth(text);
  return missing > 0 ? text + ' '.repeat(missing) : text;
}

/** Spaces, then `text`, right-aligned in `width` cells (numbers such as "Opens" and "# Locks"). */
export function padStartCells(text: string, width: number): string {
  const missing = width - displayWidth(text);
  return missing > 0 ? ' '.repeat(missing) + text : text;
}

/**
 * The longest start of `text` that fits in `width` cells, like C's "%-20.20s" (net.exe cuts client types
 * to 17 cells: "Windows 2002 Serv"). A wide character that would straddle the edge is left out whole.
 */
export function truncateCells(text: string, width: number): string {
  let cells = 0;
  let result = '';
  for (const char of text) {
    const charWidth = displayWidth(char);
    if (cells + charWidth > width) break;
    cells += charWidth;
    result += char;
  }
  return result;
}

/** Cut to `width` cells, then padded to `width` cells: a fixed column ("%-20.20s"). */
export function fixedCells(text: string, width: number): string {
  return padCells(truncateCells(text, width), width);
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/**
 * An idle time as net.exe prints it: "00:01:57" below a day, and from 24 hours on the days form
 * "05D 22H 02M" (seconds are not shown there). Both forms are in captures (LOCALIZED-HEADERS.md);
 * the parsers' idle-time.ts reads both.
 */
export function formatIdleTime(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  if (total >= 86_400) {
    const days = Math.floor(total / 86_400);
    const hours = Math.floor((total % 86_400) / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    return `${twoDigits(days)}D ${twoDigits(hours)}H ${twoDigits(minutes)}M`;
  }
  return formatClockTime(total);
}

/** "HH:MM:SS" with as many hour digits as needed ("142:03:10"). */
export function formatClockTime(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  return `${twoDigits(hours)}:${twoDigits(minutes)}:${twoDigits(total % 60)}`;
}
