import { parseIdleTime } from './idle-time';
import { assignKeys, readLabelValueSection, type LabelValueRow } from './label-value-section';
import { lastGapStart } from './last-gap';
import { readTableBody } from './table-body';
import { findDashRule, isBlank, sliceCells, splitLines, type NumberedLine, type UnrecognizedLine } from './text-lines';

/** `net session \\CLIENT`: one client's session and the shares it is connected to. */
export interface NetSessionDetail {
  /** null when the output holds no label/value rows (e.g. "A session does not exist…"). */
  readonly session: SessionDetail | null;
  readonly shares: SessionShare[];
  /** Every label/value row in order, in the display language. */
  readonly fields: LabelValueRow[];
  readonly messages: string[];
  readonly unrecognizedLines: UnrecognizedLine[];
}

export interface SessionDetail {
  /** "" for a null (anonymous) session. */
  readonly user: string;
  /** Without leading backslashes. */
  readonly computer: string;
  /** null when the word is not a yes/no this parser knows (the value is localized). */
  readonly guestLogon: boolean | null;
  readonly guestLogonText: string;
  /** Not truncated here, unlike the 17-cell column of `net session`; "" for SMB2+ clients. */
  readonly clientType: string;
  /** null when the time is in neither known form. */
  readonly sessionSeconds: number | null;
  readonly idleSeconds: number | null;
  readonly sessionTimeText: string;
  readonly idleTimeText: string;
}

/** One connection of the session: a share and the files, pipes or devices open on it. */
export interface SessionShare {
  readonly name: string;
  /** "Disk", "IPC", "Print", "Comm" in English; localized elsewhere; "" when not printed. */
  readonly type: string;
  readonly opens: number;
  readonly lineNumber: number;
}

type SessionKey = 'user' | 'computer' | 'guestLogon' | 'clientType' | 'sessionTime' | 'idleTime';

// Layout (no Windows capture exists; Samba's `net rap session INFO` copies it, and net.exe's message
// table holds the same words: "Computer", "Guest logon", "Client type", "Sess time", "Idle time",
// "Share name     Type     # Opens"). Label width is unknown for Windows (Samba: 16), so the value
// column is taken from the data:
//   User name       ALICE
//   Computer        192.168.1.20
//   Guest logon     No
//   Client type
//   Sess time       01:02:03
//   Idle time       00:00:31
//
//   Share name     Type     # Opens
//
//   -------------------------------------------------------------------------------
//   IPC$           IPC          1
//   |0             |15      |24 (opens right-aligned)
//   The command completed successfully.
const ROW_ORDER: readonly SessionKey[] = ['user', 'computer', 'guestLogon', 'clientType', 'sessionTime', 'idleTime'];

const KNOWN_LABELS: ReadonlyMap<string, SessionKey> = new Map([
  ['user name', 'user'],
  ['computer', 'computer'],
  ['guest logon', 'guestLogon'],
  ['client type', 'clientType'],
  ['sess time', 'sessionTime'],
  ['idle time', 'idleTime'],
]);

// Yes/no words: English from Samba's copy of the layout; the others are the usual Windows words, kept
// so a localized "No" does not read as unknown. Anything else gives null, never a guess.
const YES = new Set(['yes', 'ja', 'oui', 'sí', 'si', 'sim', 'да', 'tak', 'evet', 'igen', 'ano', '是', 'はい', '예']);
const NO = new Set(['no', 'nein', 'non', 'não', 'nao', 'нет', 'nie', 'hayır', 'nem', 'ne', 'nee', 'nej', '否', 'いいえ', '아니요']);

const TYPE_CELL = 15;
const OPENS_AT_END = /\s(\d{1,9})$/u;

export function parseNetSessionDetail(text: string): NetSessionDetail {
  const lines = splitLines(text);
  const rule = findDashRule(lines);
  const fieldLines = rule < 0 ? lines : withoutSubTableHeader(lines.slice(0, rule));
  const section = readLabelValueSection(fieldLines);
  const session = section.rows.length > 0 ? toSessionDetail(section.rows) : null;
  if (rule < 0) {
    return { session, shares: [], fields: section.rows, messages: section.messages, unrecognizedLines: section.unrecognizedLines };
  }
  const body = readTableBody(lines.slice(rule + 1), parseShareRow);
  return {
    session,
    shares: body.rows,
    fields: section.rows,
    messages: [...section.messages, ...body.messages],
    unrecognizedLines: [...section.unrecognizedLines, ...body.unrecognizedLines],
  };
}

/** The last non-blank line above the rule is the sub-table's (localized) header, not a field. */
function withoutSubTableHeader(aboveRule: readonly NumberedLine[]): NumberedLine[] {
  let header = aboveRule.length - 1;
  while (header >= 0 && isBlank(aboveRule[header]!)) header--;
  return aboveRule.slice(0, Math.max(header, 0));
}

function toSessionDetail(rows: readonly LabelValueRow[]): SessionDetail {
  const byKey = assignKeys(rows, KNOWN_LABELS, []);
  // Labels in another language: the two times are recognizable by their values (the last two time
  // values; the session time comes first), and the rows above them are, in order, user, computer,
  // guest logon and client type. A row the layout does not explain sits between them at worst.
  if (!byKey.has('sessionTime') && !byKey.has('idleTime')) {
    const taken = new Set(byKey.values());
    const times = rows.filter((row) => !taken.has(row) && parseIdleTime(row.value) !== null);
    if (times.length >= 2) {
      byKey.set('sessionTime', times[times.length - 2]!);
      byKey.set('idleTime', times[times.length - 1]!);
    }
  }
  const sessionTimeRow = byKey.get('sessionTime');
  // The idle time is the row after the session time.
  const afterSessionTime = sessionTimeRow ? rows[rows.indexOf(sessionTimeRow) + 1] : undefined;
  if (!byKey.has('idleTime') && afterSessionTime && ![...byKey.values()].includes(afterSessionTime)) {
    byKey.set('idleTime', afterSessionTime);
  }
  const taken = new Set(byKey.values());
  const limit = sessionTimeRow ? rows.indexOf(sessionTimeRow) : rows.length;
  const candidates = rows.slice(0, limit).filter((row) => !taken.has(row));
  // Once the times are placed, the rows above them hold only the first four fields.
  const remainingKeys = ROW_ORDER.filter((key) => !byKey.has(key) && !(sessionTimeRow && (key === 'sessionTime' || key === 'idleTime')));
  remainingKeys.forEach((key, index) => {
    const row = candidates[index];
    if (row) byKey.set(key, row);
  });
  const value = (key: SessionKey): string => byKey.get(key)?.value ?? '';
  const guestLogonText = value('guestLogon');
  return {
    user: value('user'),
    computer: value('computer').replace(/^\\\\/u, ''),
    guestLogon: YES.has(guestLogonText.toLowerCase()) ? true : NO.has(guestLogonText.toLowerCase()) ? false : null,
    guestLogonText,
    clientType: value('clientType'),
    sessionSeconds: parseIdleTime(value('sessionTime')),
    idleSeconds: parseIdleTime(value('idleTime')),
    sessionTimeText: value('sessionTime'),
    idleTimeText: value('idleTime'),
  };
}

/**
 * A connection row: share name, type, and the open count right-aligned at the end. Names may hold
 * spaces; the type is one word. Cut at the type column when the row fits it, else at the last gap.
 */
function parseShareRow(line: NumberedLine): SessionShare | null {
  const row = line.text.trimEnd();
  if (/^\s/u.test(row)) return null;
  const opens = OPENS_AT_END.exec(row);
  if (!opens) return null;
  const beforeOpens = row.slice(0, opens.index).trimEnd();
  if (beforeOpens === '') return null;
  const { name, type } = splitNameAndType(beforeOpens);
  if (name === '') return null;
  return { name, type, opens: Number(opens[1]), lineNumber: line.lineNumber };
}

function splitNameAndType(text: string): { name: string; type: string } {
  if (sliceCells(text, TYPE_CELL - 1, TYPE_CELL) === ' ' && sliceCells(text, TYPE_CELL).trim() !== '') {
    return { name: sliceCells(text, 0, TYPE_CELL).trim(), type: sliceCells(text, TYPE_CELL).trim() };
  }
  const gap = lastGapStart(text, false);
  // A single word is a name with no type printed.
  if (gap < 0) return { name: text.trim(), type: '' };
  return { name: text.slice(0, gap).trim(), type: text.slice(gap).trim() };
}
