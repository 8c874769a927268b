import { parseIdleTime } from './idle-time';
import { readOutputWithoutTable, readTableBodyInPlace } from './table-body';
import { displayWidth, sliceCells, splitLines, type UnrecognizedLine } from './text-lines';

/** One row of `net session`: one client computer (all its null sessions share one row). */
export interface NetSession {
  /** Without the leading backslashes: a NetBIOS name, an IPv4 address or a bracketed IPv6 address. */
  readonly computer: string;
  /** "" for a null (anonymous) session. */
  readonly user: string;
  /** Truncated to 17 characters by net.exe ("Windows 2002 Serv"); "" for SMB2+ clients. */
  readonly clientType: string;
  readonly opens: number;
  readonly idleSeconds: number;
  readonly lineNumber: number;
}

export interface NetSessionList {
  readonly sessions: NetSession[];
  /** Lines outside the table: the completion line, or the (localized) empty-list notice. */
  readonly messages: string[];
  readonly unrecognizedLines: UnrecognizedLine[];
}

// Row layout, in display cells (the header words are localized, the widths are not):
//   \\10.10.75.1           sec504                                     5 00:01:57
//   |0                     |23                  |44               |62   |68
//   computer (22)          user name (20)       client type (17)  opens idle time
// Opens is right-aligned in five cells. The idle time is "HH:MM:SS" or "05D 22H 02M".
const USER_CELL = 23;
const CLIENT_TYPE_CELL = 44;
const SPACE = 32;
const BACKSLASH = 92;

export function parseNetSession(text: string): NetSessionList {
  const body = readTableBodyInPlace(text, parseSessionRow, newRowMemory());
  if (body === null) return { sessions: [], ...readOutputWithoutTable(splitLines(text)) };
  return { sessions: body.rows, messages: body.messages, unrecognizedLines: body.unrecognizedLines };
}

/**
 * What reading a row leaves for the rows after it, in an object of its own per parse so that two
 * parses never share it.
 */
interface RowMemory {
  /** Seconds of the idle time found by the last idleTimeStart call (a second result without an object). */
  idleSeconds: number;
  // Most rows share their user name ("" for null sessions) and client type with the row above, so the
  // string already returned for that row is handed out again instead of a fresh copy, sparing an
  // allocation for every repeated name (and the memory of 100,000 copies of "Windows 2002 Serv").
  lastUser: string;
  lastClientType: string;
}

/**
 * An object literal, not a class with fields: a class instance reaches its final shape through
 * transitions that V8 holds weakly, so once a parse's objects are collected that shape dies with them,
 * and the row reader's optimized code, which depends on it, is thrown away (measured: every parse
 * after a garbage collection ran unoptimized, at a third of the speed). A literal's shape lives as long
 * as this function.
 */
function newRowMemory(): RowMemory {
  return { idleSeconds: 0, lastUser: '', lastClientType: '' };
}

// Rows are read from the right by character codes: the idle time, then Opens, then the names. A busy
// host lists thousands of rows, so the hot path allocates only what it returns, runs no regular
// expression, and reads the row where it lies in `text` (from..to) instead of copying it out.
function parseSessionRow(text: string, from: number, to: number, lineNumber: number, memory: RowMemory): NetSession | null {
  if (text.charCodeAt(from) !== BACKSLASH || text.charCodeAt(from + 1) !== BACKSLASH) return null;
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;

  const idleStart = idleTimeStart(text, from, end, memory);
  if (idleStart < 0) return null;
  const idleSeconds = memory.idleSeconds;

  // Opens: digits right before the idle time, with spaces between.
  let opensEnd = idleStart;
  while (opensEnd > from && isSpace(text.charCodeAt(opensEnd - 1))) opensEnd--;
  let opensStart = opensEnd;
  let opens = 0;
  let scale = 1;
  while (opensStart > from && isDigit(text.charCodeAt(opensStart - 1))) {
    opensStart--;
    opens += (text.charCodeAt(opensStart) - 48) * scale;
    scale *= 10;
  }
  const digits = opensEnd - opensStart;
  // Opens is right-aligned after a separating space; digits glued to a name are not a count.
  if (digits === 0 || digits > 9 || opensStart === from || !isSpace(text.charCodeAt(opensStart - 1))) return null;

  let computerEnd = from + 2;
  let narrow = true;
  for (let code = text.charCodeAt(computerEnd); computerEnd < opensStart && !isSpace(code); code = text.charCodeAt(++computerEnd)) {
    if (code >= WIDE_CHARACTERS_START) narrow = false;
  }
  if (computerEnd === from + 2) return null;

  const userStart = Math.max(from + USER_CELL, computerEnd + 1);
  const clientTypeStart = userStart + (CLIENT_TYPE_CELL - USER_CELL);
  const computer = text.slice(from + 2, computerEnd);
  if (narrow && isSpace(text.charCodeAt(userStart - 1)) && (opensStart <= clientTypeStart || isSpace(text.charCodeAt(clientTypeStart - 1)))) {
    // The fields sit in their columns (the usual case); without wide (CJK) characters cells are characters.
    const userEnd = fieldEnd(text, userStart, Math.min(clientTypeStart, opensStart));
    const clientTypeEnd = clientTypeStart < opensStart ? fieldEnd(text, clientTypeStart, opensStart) : clientTypeStart;
    if (userEnd >= 0 && clientTypeEnd >= 0) {
      const user = (memory.lastUser = trimmedSlice(text, userStart, userEnd, memory.lastUser));
      const clientType = (memory.lastClientType = trimmedSlice(text, clientTypeStart, clientTypeEnd, memory.lastClientType));
      return { computer, user, clientType, opens, idleSeconds, lineNumber };
    }
  }
  const { user, clientType } = splitUserAndClientType(text.slice(from, opensStart), computerEnd - from);
  return { computer, user, clientType, opens, idleSeconds, lineNumber };
}

/**
 * Where the text of the field in row[from, to) ends (trailing spaces excluded), or -1 when the field
 * holds a wide character, whose two cells make the columns no longer line up with characters.
 */
function fieldEnd(row: string, from: number, to: number): number {
  let end = from;
  for (let i = from; i < to; i++) {
    const code = row.charCodeAt(i);
    if (code >= WIDE_CHARACTERS_START) return -1;
    if (!isSpace(code)) end = i + 1;
  }
  return end;
}

/** Where the idle time ending at `end` starts: the last token ("00:01:57") or three ("05D 22H 02M"); -1 if none. */
function idleTimeStart(row: string, from: number, end: number, memory: RowMemory): number {
  const lastToken = tokenStart(row, from, end);
  const clock = clockSeconds(row, lastToken, end);
  if (clock >= 0) {
    memory.idleSeconds = clock;
    return lastToken;
  }
  let start = lastToken;
  for (let tokens = 1; tokens < 3 && start > from; tokens++) {
    let gap = start;
    while (gap > from && isSpace(row.charCodeAt(gap - 1))) gap--;
    start = tokenStart(row, from, gap);
  }
  const days = daysForm(row, start, end);
  if (days < 0) return -1;
  memory.idleSeconds = days;
  return start;
}

/** Start of the space-free token that ends at `end` (String.lastIndexOf is a runtime call; this loop is inlined). */
function tokenStart(row: string, from: number, end: number): number {
  let start = end;
  while (start > from && row.charCodeAt(start - 1) !== SPACE) start--;
  return start;
}

/**
 * "05D 22H 02M" between from and to: three numbers, each followed by unit letters (which may be
 * translated) and separated by spaces. The common forms are read here; anything unusual goes to
 * parseIdleTime's fuller pattern.
 */
function daysForm(row: string, from: number, to: number): number {
  let at = from;
  // Three locals, not an array: an array here is an allocation on every row of a long list.
  let days = 0;
  let hours = 0;
  let minutes = 0;
  for (let part = 0; part < 3; part++) {
    while (at < to && isSpace(row.charCodeAt(at))) at++;
    const digitsStart = at;
    let value = 0;
    while (at < to && isDigit(row.charCodeAt(at))) value = value * 10 + row.charCodeAt(at++) - 48;
    const letters = at;
    while (at < to && isAsciiLetter(row.charCodeAt(at))) at++;
    if (at === digitsStart || letters === digitsStart || at === letters || at - letters > 3) return idleTimeFallback(row, from, to);
    if (part === 0) days = value;
    else if (part === 1) hours = value;
    else minutes = value;
  }
  if (at !== to || hours > 23 || minutes > 59) return idleTimeFallback(row, from, to);
  return days * 86400 + hours * 3600 + minutes * 60;
}

function idleTimeFallback(row: string, from: number, to: number): number {
  return parseIdleTime(row.slice(from, to)) ?? -1;
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** "H…H:MM:SS" between from and to, read from character codes; -1 when it is not that form. */
function clockSeconds(row: string, from: number, to: number): number {
  const length = to - from;
  if (length < 7 || length > 11 || row.charCodeAt(to - 3) !== 58 || row.charCodeAt(to - 6) !== 58) return -1;
  let hours = 0;
  for (let i = from; i < to - 6; i++) {
    const code = row.charCodeAt(i);
    if (!isDigit(code)) return -1;
    hours = hours * 10 + code - 48;
  }
  const m1 = row.charCodeAt(to - 5) - 48;
  const m2 = row.charCodeAt(to - 4) - 48;
  const s1 = row.charCodeAt(to - 2) - 48;
  const s2 = row.charCodeAt(to - 1) - 48;
  if (m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9 || s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9) return -1;
  return hours * 3600 + (m1 * 10 + m2) * 60 + s1 * 10 + s2;
}

/** row[from, to) without surrounding spaces; `same` itself when the text equals it. */
function trimmedSlice(row: string, from: number, to: number, same: string): string {
  while (from < to && isSpace(row.charCodeAt(from))) from++;
  while (to > from && isSpace(row.charCodeAt(to - 1))) to--;
  if (from === to) return '';
  return to - from === same.length && row.startsWith(same, from) ? same : row.slice(from, to);
}

/** Below U+1100 every character takes one console cell (see displayWidth). */
const WIDE_CHARACTERS_START = 0x1100;

// CR counts as space: lines split at LF keep the CR of CRLF.
const isSpace = (code: number) => code === SPACE || code === 9 || code === 13;
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * User name and client type both may contain single spaces, so they are cut at their columns. When the
 * row does not fit the columns (a hand-edited sample, or a version with other widths), a run of two or
 * more spaces separates the fields instead.
 */
function splitUserAndClientType(names: string, computerEnd: number): { user: string; clientType: string } {
  // A computer name wider than its column pushes the other columns right; their widths stay.
  const userCell = Math.max(USER_CELL, displayWidth(names.slice(0, computerEnd)) + 1);
  const clientTypeCell = userCell + (CLIENT_TYPE_CELL - USER_CELL);
  const fitsColumns = sliceCells(names, userCell - 1, userCell).trim() === '' && sliceCells(names, clientTypeCell - 1, clientTypeCell).trim() === '';
  if (fitsColumns) {
    return {
      user: sliceCells(names, userCell, clientTypeCell).trim(),
      clientType: sliceCells(names, clientTypeCell).trim(),
    };
  }
  return splitAtGaps(names);
}

function splitAtGaps(names: string): { user: string; clientType: string } {
  const [, user = '', clientType = ''] = names.trim().split(/\s{2,}/);
  return { user, clientType };
}
