import { assignKeys, readLabelValueSection, type LabelValueRow } from './label-value-section';
import { splitLines, type UnrecognizedLine } from './text-lines';

/** `net share NAME`: the share, or null when the output holds no label/value rows (an error text). */
export interface NetShareDetail {
  readonly share: ShareDetail | null;
  /** Every label/value row in order, so labels this parser does not know are still available. */
  readonly fields: LabelValueRow[];
  readonly messages: string[];
  readonly unrecognizedLines: UnrecognizedLine[];
}

export interface ShareDetail {
  readonly name: string;
  /** The folder; for a printer share, whatever net.exe prints in that row (the port, unverified). */
  readonly path: string;
  readonly remark: string;
  /** null for "No limit" (in any language) or an unreadable value. */
  readonly maxUsers: number | null;
  /** The value as printed, e.g. "No limit" or "無制限". */
  readonly maxUsersText: string;
  readonly users: string[];
  /** "Manual caching of documents", "Caching disabled", … (localized). */
  readonly caching: string;
  /** "Everyone, FULL", "windowsbox\samstevens, FULL", one entry per line. */
  readonly permissions: string[];
}

type ShareKey = 'name' | 'path' | 'remark' | 'maxUsers' | 'users' | 'caching' | 'permissions';

// Layout (labels padded to 18 cells in English; the labels are localized, the order is not):
//   Share name        C$
//   Path              C:\
//   Remark            Default share
//   Maximum users     No limit
//   Users
//   Caching           Manual caching of documents
//   Permission        Everyone, FULL
//                     BUILTIN\Administrators, FULL     <- further entries on indented lines
//
//   The command completed successfully.
const ROW_ORDER: readonly ShareKey[] = ['name', 'path', 'remark', 'maxUsers', 'users', 'caching', 'permissions'];

// Labels known from captures (English) and from a script that reads Japanese output. Any other
// language falls back to the row order above. "Resource" is net.exe's word for a device or printer
// share's target (message table), so it is taken as the path if it ever appears.
const KNOWN_LABELS: ReadonlyMap<string, ShareKey> = new Map([
  ['share name', 'name'],
  ['path', 'path'],
  ['resource', 'path'],
  ['remark', 'remark'],
  ['maximum users', 'maxUsers'],
  ['users', 'users'],
  ['caching', 'caching'],
  ['permission', 'permissions'],
  ['permissions', 'permissions'],
  ['共有名', 'name'],
  ['パス', 'path'],
  ['注釈', 'remark'],
  ['最大ユーザー数', 'maxUsers'],
  ['ユーザー', 'users'],
  ['キャッシュ', 'caching'],
]);

export function parseNetShareDetail(text: string): NetShareDetail {
  const section = readLabelValueSection(splitLines(text));
  const share = section.rows.length > 0 ? toShareDetail(section.rows) : null;
  return { share, fields: section.rows, messages: section.messages, unrecognizedLines: section.unrecognizedLines };
}

function toShareDetail(rows: readonly LabelValueRow[]): ShareDetail {
  const byKey = assignKeys(rows, KNOWN_LABELS, ROW_ORDER);
  const maxUsersText = byKey.get('maxUsers')?.value ?? '';
  const usersRow = byKey.get('users');
  const permissionsRow = byKey.get('permissions');
  return {
    name: byKey.get('name')?.value ?? '',
    path: joinedValue(byKey.get('path')),
    remark: joinedValue(byKey.get('remark')),
    maxUsers: /^\d+$/u.test(maxUsersText) ? Number(maxUsersText) : null,
    maxUsersText,
    // Several users may share a line, separated like columns; a user name may hold single spaces.
    users: usersRow
      ? allValues(usersRow)
          .flatMap((value) => value.split(/\s{2,}/u))
          .filter((user) => user !== '')
      : [],
    caching: joinedValue(byKey.get('caching')),
    permissions: permissionsRow ? allValues(permissionsRow) : [],
  };
}

function allValues(row: LabelValueRow): string[] {
  return [row.value, ...row.continuation].filter((value) => value !== '');
}

function joinedValue(row: LabelValueRow | undefined): string {
  return row ? allValues(row).join(' ') : '';
}
