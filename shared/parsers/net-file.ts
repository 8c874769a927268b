import { lastGapStart } from './last-gap';
import { readOutputWithoutTable, readTableBody } from './table-body';
import { displayWidth, findDashRule, sliceCells, splitLines, type NumberedLine, type UnrecognizedLine } from './text-lines';

/** One open file, pipe or device on this computer, as `net file` lists it. */
export interface NetFile {
  /** What `net file ID /close` takes. */
  readonly id: number;
  /** A local path, or a named pipe such as \PIPE\spoolss (the spooler pipe that keeps sessions alive). */
  readonly path: string;
  readonly user: string;
  readonly locks: number;
  /**
   * net.exe truncates long paths to its column (Sysinternals' PsFile page says so); a path that fills
   * the whole column may have been cut, so it cannot be matched exactly against a full path.
   */
  readonly pathMayBeTruncated: boolean;
  readonly isNamedPipe: boolean;
  readonly lineNumber: number;
}

export interface NetFileList {
  readonly files: NetFile[];
  /** The completion line, or the localized "There are no entries in the list." */
  readonly messages: string[];
  readonly unrecognizedLines: UnrecognizedLine[];
}

// Row layout, in display cells, from the header in net.exe's message table (no real capture exists):
//   ID         Path                                    User name            # Locks
//   1207959577 \PIPE\spoolss                           PRINTHOST            0
//   |0         |11                                     |51                  |72
//   id (10)    path (39)                               user name (20)       locks
// IDs are decimal and can use all ten cells. User names may hold single spaces; paths may hold any.
const PATH_CELL = 11;
const USER_CELL = 51;
const ID_AT_START = /^(\d{1,10})\s/u;
const LOCKS_AT_END = /\s(\d{1,9})$/u;

export function parseNetFile(text: string): NetFileList {
  const lines = splitLines(text);
  const rule = findDashRule(lines);
  if (rule < 0) return { files: [], ...readOutputWithoutTable(lines) };
  const body = readTableBody(lines.slice(rule + 1), parseFileRow);
  return { files: body.rows, messages: body.messages, unrecognizedLines: body.unrecognizedLines };
}

function parseFileRow(line: NumberedLine): NetFile | null {
  const row = line.text.trimEnd();
  const id = ID_AT_START.exec(row);
  if (!id) return null;
  const locks = LOCKS_AT_END.exec(row);
  if (!locks || locks.index < id[0].length) return null;
  const fields = splitPathAndUser(row.slice(0, locks.index + 1), id[0].length);
  if (fields === null) return null;
  return {
    id: Number(id[1]),
    path: fields.path,
    user: fields.user,
    locks: Number(locks[1]),
    pathMayBeTruncated: fields.pathFillsColumn || /^\.\.\.|\.\.\.$|…/u.test(fields.path),
    isNamedPipe: /^\\PIPE\\/iu.test(fields.path),
    lineNumber: line.lineNumber,
  };
}

/**
 * The text between the id and the lock count holds the path and the user name. Both may contain
 * spaces, so they are cut at the user column when the row fits the layout (the user may be blank). A row that does not fit
 * (a version that widens the path column instead of truncating) is cut at the last run of two or more
 * spaces, or failing that at the last space: user names rarely hold a space, paths often do.
 */
function splitPathAndUser(beforeLocks: string, idWidth: number): { path: string; user: string; pathFillsColumn: boolean } | null {
  const pathCell = Math.max(PATH_CELL, idWidth);
  const userCell = pathCell + (USER_CELL - PATH_CELL);
  // The user column may be blank (a null session holding a pipe open), so only the separator counts;
  // a backslash there means a long path ran through the column and only happened to have a space.
  const fitsColumns =
    displayWidth(beforeLocks) >= userCell && sliceCells(beforeLocks, userCell - 1, userCell) === ' ' && !sliceCells(beforeLocks, userCell).includes('\\');
  if (fitsColumns) {
    const pathField = sliceCells(beforeLocks, 0, userCell - 1);
    const path = sliceCells(pathField, idWidth).trim();
    if (path === '') return null;
    return { path, user: sliceCells(beforeLocks, userCell).trim(), pathFillsColumn: !pathField.endsWith(' ') };
  }
  const rest = beforeLocks.slice(idWidth).trim();
  const cut = lastGapStart(rest, true);
  if (cut < 0) return null;
  const path = rest.slice(0, cut).trim();
  const user = rest.slice(cut).trim();
  if (path === '' || user === '') return null;
  return { path, user, pathFillsColumn: displayWidth(path) >= userCell - pathCell - 1 };
}
