import type { DisplayLanguage } from '../scenario';
import { consoleLines, fixedCells, formatClockTime, formatIdleTime, NET_DASH_RULE, padCells, padStartCells, truncateCells } from './console-text';
import { netText } from './messages';

/** One row of `net session`: a client computer as the Server service reports it. */
export interface NetSessionRow {
  /** Without the backslashes: a name, an IPv4 address or "[IPv6]". */
  readonly computer: string;
  /** "" for a null (anonymous) session. */
  readonly user: string;
  /** "" for SMB2+ clients; longer than 17 cells is cut, as net.exe does ("Windows 2002 Serv"). */
  readonly clientType: string;
  readonly opens: number;
  readonly idleSeconds: number;
}

/**
 * `net session`. Layout (cells; the header words are localized, the widths are not):
 *
 *   (blank)
 *   Computer               User name            Client Type       Opens Idle time
 *   (blank)
 *   -------------------------------------------------------------------------------
 *   \\10.10.16.4                                posix                 2 00:00:00␠␠␠␠
 *   |0                     |23                  |44               |62   |68
 *   The command completed successfully.
 *   (blank)
 *
 * "\\" + computer padded to 22 and never cut (a longer IPv6 address pushes the row right), user cut to 20,
 * client type cut to 17, opens right-aligned in 5, idle time padded to 12. The blank lines are those of
 * the net share captures (en__03, en__04, zh-CN) and of an unedited XP transcript of net session, which
 * also shows the idle time padded to 12 cells ("2 00:00:00    "); published Windows 10 captures have
 * that padding stripped. The empty list is the one-line notice. net.exe ends with an empty line.
 */
export function renderNetSession(sessions: readonly NetSessionRow[], language: DisplayLanguage): string {
  const text = netText(language);
  if (sessions.length === 0) return consoleLines([text.noEntries, '']);
  return consoleLines(['', text.netSession.header, '', NET_DASH_RULE, ...sessions.map(sessionRow), text.commandCompleted, '']);
}

function sessionRow(session: NetSessionRow): string {
  return [
    padCells(`\\\\${session.computer}`, 22),
    fixedCells(session.user, 20),
    fixedCells(session.clientType, 17),
    padStartCells(String(session.opens), 5),
    padCells(formatIdleTime(session.idleSeconds), 12),
  ].join(' ');
}

/** The session `net session \\CLIENT` describes. */
export interface NetSessionDetailData {
  /** Without the backslashes. */
  readonly computer: string;
  readonly user: string;
  readonly clientType: string;
  readonly idleSeconds: number;
  /** How long the session has existed. */
  readonly sessionSeconds: number;
  /** Logged on as Guest; false when not given. */
  readonly guestLogon?: boolean;
}

/** One connection of the session: a share and what is open on it. */
export interface NetSessionShareRow {
  readonly name: string;
  /** "Disk", "IPC", "Print" as the scenario names them. */
  readonly type: string;
  readonly opens: number;
}

/**
 * `net session \\CLIENT`, in the documented layout of ../../fixtures/documented-layout/
 * net-session-detail__documented__en__0{1,2}.txt (no Windows capture exists; Samba's copy of the layout,
 * net.exe's label words):
 *
 *   User name       alice
 *   Computer        \\192.168.1.20
 *   Guest logon     No
 *   Client type
 *   Sess time       01:02:03
 *   Idle time       00:00:31
 *   (blank)
 *   Share name     Type     # Opens
 *   (blank)
 *   -------------------------------------------------------------------------------
 *   IPC$           IPC          1
 *   The command completed successfully.
 *   (blank)
 *
 * Labels padded to 16 cells (an empty value leaves the padding), client type cut to 40 cells, share rows
 * "%-14.14s %-8.8s %5d". The session time stays HH:MM:SS past 24 hours; the idle time takes the days form
 * as in the list. Unverified: whether Windows prints the computer with its backslashes (the documented
 * fixtures disagree; it is printed with them here, as the list and `net config server` print names).
 */
export function renderNetSessionDetail(session: NetSessionDetailData, shares: readonly NetSessionShareRow[], language: DisplayLanguage): string {
  const text = netText(language);
  const labels = text.netSessionDetail;
  const field = (label: string, value: string): string => padCells(label, 16) + value;
  return consoleLines([
    field(labels.userName, session.user),
    field(labels.computer, `\\\\${session.computer}`),
    field(labels.guestLogon, session.guestLogon === true ? text.yes : text.no),
    field(labels.clientType, truncateCells(session.clientType, 40)),
    field(labels.sessionTime, formatClockTime(session.sessionSeconds)),
    field(labels.idleTime, formatIdleTime(session.idleSeconds)),
    '',
    labels.sharesHeader,
    '',
    NET_DASH_RULE,
    ...shares.map((share) => `${fixedCells(share.name, 14)} ${fixedCells(share.type, 8)} ${padStartCells(String(share.opens), 5)}`),
    text.commandCompleted,
    '',
  ]);
}
