import type { NetFile } from '../parsers/net-file';
import type { NetSession } from '../parsers/net-session';

/** A computer that connected or went away between two polls of `net session`. */
export interface SessionChange {
  /** Milliseconds since 1970 (the poll that saw it). */
  readonly time: number;
  readonly change: 'joined' | 'left';
  readonly computer: string;
  /** "" for an anonymous (null) session. */
  readonly user: string;
  /** What it had open when seen (net file paths; \PIPE\spoolss for a printer channel). */
  readonly opened: readonly string[];
}

const sessionKey = (session: Pick<NetSession, 'computer' | 'user'>) => `${session.computer.toLowerCase()}\u0000${session.user.toLowerCase()}`;

/**
 * Who arrived and who left between two polls. A session is one computer with one user name (a null
 * session has none); net file names the user, not the computer, so a session's open files are the
 * files of its user (for a null session: the anonymous files, which cannot be told apart by computer).
 */
export function sessionChanges(
  time: number,
  before: readonly NetSession[],
  after: readonly NetSession[],
  filesAfter: readonly NetFile[],
  filesBefore: readonly NetFile[] = [],
): SessionChange[] {
  const beforeKeys = new Set(before.map(sessionKey));
  const afterKeys = new Set(after.map(sessionKey));
  const openedBy = (files: readonly NetFile[], user: string) => [
    ...new Set(files.filter((file) => file.user.toLowerCase() === user.toLowerCase()).map((file) => file.path)),
  ];
  const changes: SessionChange[] = [];
  for (const session of after) {
    if (!beforeKeys.has(sessionKey(session)))
      changes.push({ time, change: 'joined', computer: session.computer, user: session.user, opened: openedBy(filesAfter, session.user) });
  }
  for (const session of before) {
    if (!afterKeys.has(sessionKey(session)))
      changes.push({ time, change: 'left', computer: session.computer, user: session.user, opened: openedBy(filesBefore, session.user) });
  }
  return changes;
}
