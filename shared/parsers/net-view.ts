import { readOutputWithoutTable, readTableBody } from './table-body';
import { findDashRule, sliceCells, splitLines, type NumberedLine, type UnrecognizedLine } from './text-lines';

/** One share another computer offers, as `net view \\NAME` lists it. */
export interface RemoteShare {
  readonly name: string;
  /** The type word as printed (Disk, Print, IPC; localized). */
  readonly type: string;
  readonly comment: string;
  readonly lineNumber: number;
}

export interface RemoteShareList {
  readonly shares: RemoteShare[];
  /** The completion line (localized), or the one line of an answer without a table. */
  readonly messages: string[];
  readonly unrecognizedLines: UnrecognizedLine[];
}

// `net view \\NAME`, as published transcripts show it (Windows XP to 11):
//   Shared resources at \\DC01           localized; a server comment ("(null)") may follow
//   (blank)
//   Share name  Type  Used as  Comment   localized header
//   (blank, on some versions)
//   -------------------------------------------------------------------------------
//   NETLOGON    Disk           Logon server share
//   |0          |12    |18      |27
//   share name  type  used as  comment
//   The command completed successfully.
// The header and its words are not read: rows come after the dash rule. A row is a share name at the
// line's start, then the type after at least two spaces (or straight at cell 12, after a name that
// fills its column); the completion line is a sentence with single spaces.
const TYPE_CELL = 12;
const USED_AS_CELL = 18;
const COMMENT_CELL = 27;
const NAME_THEN_GAP = /^(\S(?:.*?\S)?)\s{2,}(\S+)/;

export function parseNetView(text: string): RemoteShareList {
  const lines = splitLines(text);
  const rule = findDashRule(lines);
  if (rule < 0) return { shares: [], ...readOutputWithoutTable(lines) };
  const body = readTableBody(lines.slice(rule + 1), parseShareRow);
  return { shares: body.rows, messages: body.messages, unrecognizedLines: body.unrecognizedLines };
}

function parseShareRow(line: NumberedLine): RemoteShare | null {
  const row = line.text.trimEnd();
  if (/^\s/.test(row)) return null;
  const gap = NAME_THEN_GAP.exec(row);
  if (gap && gap[1]!.length <= TYPE_CELL) {
    return { name: gap[1]!, type: gap[2]!, comment: commentOf(row), lineNumber: line.lineNumber };
  }
  // A name that fills its 12 cells runs straight into the type column (unverified: no capture shows one).
  const name = sliceCells(row, 0, TYPE_CELL);
  const type = sliceCells(row, TYPE_CELL, USED_AS_CELL).trim();
  if (/^\S{12}$/.test(name) && /^\S+$/.test(type)) return { name, type, comment: commentOf(row), lineNumber: line.lineNumber };
  return null;
}

function commentOf(row: string): string {
  return sliceCells(row, COMMENT_CELL).trim();
}
