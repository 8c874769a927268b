import { displayWidth } from '../../parsers/text-lines';
import type { DisplayLanguage, SimulatedShare } from '../scenario';
import { consoleLines, NET_DASH_RULE, padCells } from './console-text';
import { netText, shareListText, type ShareListLanguage } from './messages';

const NAME_CELLS = 12;
const RESOURCE_CELLS = 31;
const REMARK_CELLS = 34;
/** Where the resource column starts, for a row whose name sat alone on the line above. */
const RESOURCE_INDENT = ' '.repeat(NAME_CELLS + 1);
/** Where the remark column starts, for a remark pushed to its own line by a long resource. */
const REMARK_INDENT = ' '.repeat(NAME_CELLS + 1 + RESOURCE_CELLS + 1);

/**
 * `net share`. Layout (cells; CJK characters count two):
 *
 *   (blank)
 *   Share name   Resource                        Remark
 *   (blank)
 *   -------------------------------------------------------------------------------
 *   C$           C:\                             Default share␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠   remark padded to column 79
 *   IPC$                                         Remote IPC␠…
 *   Users        C:\Users␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠␠                    no remark: the line ends at column 45
 *   NETLOGON     C:\Windows\SYSVOL\sysvol\example.local\SCRIPTS          resource wider than 31:
 *                                                Logon server share␠…   the remark on a line of its own
 *   Shared Folder                                                        name wider than 12: alone,
 *                C:\Users\Juan\Desktop\Shared Folder                     the row goes on at column 13,
 *   (empty line)                                                         the empty remark's line
 *   HPLaserJet   USB001                          Spooled  HP LaserJet 1020   printer: the port, "Spooled"
 *   The command completed successfully.
 *   (blank)
 *
 * Columns 0/13/45 and the wrapping are in every capture. The padding is in the unedited console
 * transcripts (winPEAS output, reverse-shell sessions: remarks padded to 34 cells, continuation remark
 * lines too; a share without remark padded to column 45); published captures mostly have it stripped.
 * A printer row's remark ("Spooled", a message of its own in net.exe's table, then two spaces and the
 * printer's comment) follows the documented-layout fixture, unpadded; no capture shows a printer row.
 *
 * Shares are printed in the order given. A share whose name is wider than 12 cells with neither resource
 * nor remark prints as a lone name over a blank line (net.exe would do the same; nothing reads it back).
 */
export function renderNetShare(shares: readonly SimulatedShare[], language: ShareListLanguage): string {
  const text = shareListText(language);
  if (shares.length === 0) return consoleLines([text.noEntries, '']);
  return consoleLines(['', text.header, '', NET_DASH_RULE, ...shares.flatMap((share) => shareLines(share, text.spooled)), text.commandCompleted, '']);
}

function shareLines(share: SimulatedShare, spooled: string): string[] {
  const remark = remarkField(share, spooled);
  const lines: string[] = [];
  let start: string;
  if (displayWidth(share.name) > NAME_CELLS) {
    lines.push(share.name);
    start = RESOURCE_INDENT;
  } else {
    start = `${padCells(share.name, NAME_CELLS)} `;
  }
  if (displayWidth(share.resource) > RESOURCE_CELLS) {
    lines.push(start + share.resource);
    lines.push(remark === '' ? '' : REMARK_INDENT + remark);
  } else {
    lines.push(`${start}${padCells(share.resource, RESOURCE_CELLS)} ${remark}`);
  }
  return lines;
}

function remarkField(share: SimulatedShare, spooled: string): string {
  if (share.kind === 'printer') return share.remark === '' ? spooled : `${spooled}  ${share.remark}`;
  return share.remark === '' ? '' : padCells(share.remark, REMARK_CELLS);
}

/** What `net share NAME` shows besides the share itself; net.exe's defaults when not given. */
export interface NetShareDetailOptions {
  /** null for "No limit". */
  readonly maxUsers?: number | null;
  /** Users connected to the share now. */
  readonly users?: readonly string[];
  /** The caching setting as printed; "Manual caching of documents" (localized) when not given. */
  readonly caching?: string;
  /** "Everyone, FULL"-style lines; Everyone with full control (localized) when not given. */
  readonly permissions?: readonly string[];
}

/**
 * `net share NAME`, in the layout of the captures net-share-detail__* (labels padded to 18 cells; a label
 * with no value printed alone; further values on lines indented 18; a blank line, the completion line):
 *
 *   Share name        C$
 *   Path              C:\
 *   Remark            Default share
 *   Maximum users     No limit
 *   Users
 *   Caching           Manual caching of documents
 *   Permission        Everyone, FULL
 *   (blank)
 *   The command completed successfully.
 *   (blank)
 *
 * The captures disagree on a leading blank line (two of three have none); none is printed. For a printer
 * share the Path row shows the port (unverified).
 */
export function renderNetShareDetail(share: SimulatedShare, language: DisplayLanguage, options: NetShareDetailOptions = {}): string {
  const text = netText(language);
  const labels = text.netShareDetail;
  const maxUsers = options.maxUsers ?? null;
  return consoleLines([
    ...field(labels.shareName, [share.name]),
    ...field(labels.path, [share.resource]),
    ...field(labels.remark, [share.remark]),
    ...field(labels.maximumUsers, [maxUsers === null ? labels.noLimit : String(maxUsers)]),
    ...field(labels.users, options.users ?? []),
    ...field(labels.caching, [options.caching ?? labels.manualCaching]),
    ...field(labels.permission, options.permissions ?? [labels.everyoneFull]),
    '',
    text.commandCompleted,
    '',
  ]);
}

/** A label and its values: the first beside it at column 18, the others below it, indented 18. */
function field(label: string, values: readonly string[]): string[] {
  const [first = '', ...more] = values.filter((value) => value !== '');
  return [first === '' ? label : padCells(label, 17) + ' ' + first, ...more.map((value) => ' '.repeat(18) + value)];
}
