import { IDLE_TIME_AT_END, parseIdleTime } from './idle-time';
import { readOutputWithoutTable, readTableBody } from './table-body';
import {
  displayWidth,
  findDashRule,
  sliceCells,
  splitLines,
  type NumberedLine,
  type UnrecognizedLine,
} from './text-lines';

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
  /** The idle time as printed, for evidence. */
  readonly idleText: string;
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
const COMPUTER_AT_START = /^\\\\(\S+)/;
const OPENS_AT_END = /(\d{1,9})\s*$/;

export function parseNetSession(text: string): NetSessionList {
  const lines = splitLines(text);
  const rule = findDashRule(lines);
  if (rule < 0) return { sessions: [], ...readOutputWithoutTable(lines) };
  const body = readTableBody(lines.slice(rule + 1), parseSessionRow);
  return { sessions: body.rows, messages: body.messages, unrecognizedLines: body.unrecognizedLines };
}

function parseSessionRow(line: NumberedLine): NetSession | null {
  const row = line.text.trimEnd();
  const computer = COMPUTER_AT_START.exec(row);
  if (!computer) return null;

  const idle = IDLE_TIME_AT_END.exec(row);
  if (!idle) return null;
  const idleSeconds = parseIdleTime(idle[1]!);
  if (idleSeconds === null) return null;

  const beforeIdle = row.slice(0, idle.index);
  const opens = OPENS_AT_END.exec(beforeIdle);
  if (!opens) return null;
  const names = beforeIdle.slice(0, opens.index);
  // Opens is right-aligned after a separating space; digits glued to a name are not a count.
  if (!/\s$/.test(names) || names.trim().length < computer[0].length) return null;

  const { user, clientType } = splitUserAndClientType(names, computer[0]);
  return {
    computer: computer[1]!,
    user,
    clientType,
    opens: Number(opens[1]),
    idleSeconds,
    idleText: idle[1]!,
    lineNumber: line.lineNumber,
  };
}

/**
 * User name and client type both may contain single spaces, so they are cut at their columns. When the
 * row does not fit the columns (a hand-edited sample, or a version with other widths), a run of two or
 * more spaces separates the fields instead.
 */
function splitUserAndClientType(names: string, computerField: string): { user: string; clientType: string } {
  // A computer name wider than its column pushes the other columns right; their widths stay.
  const userCell = Math.max(USER_CELL, displayWidth(computerField) + 1);
  const clientTypeCell = userCell + (CLIENT_TYPE_CELL - USER_CELL);
  const fitsColumns =
    sliceCells(names, userCell - 1, userCell).trim() === '' &&
    sliceCells(names, clientTypeCell - 1, clientTypeCell).trim() === '';
  if (fitsColumns) {
    return {
      user: sliceCells(names, userCell, clientTypeCell).trim(),
      clientType: sliceCells(names, clientTypeCell).trim(),
    };
  }
  const [, user = '', clientType = ''] = names.trim().split(/\s{2,}/);
  return { user, clientType };
}
