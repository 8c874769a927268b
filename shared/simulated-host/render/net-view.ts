import type { SimulatedRemoteShare } from '../scenario';
import type { DisplayLanguage } from '../scenario';
import { consoleLines, NET_DASH_RULE, padCells } from './console-text';
import { netText } from './messages';

/**
 * `net view \\NAME` (see shared/parsers/net-view.ts for the layout and its sources):
 *
 *   Shared resources at \\OFFICE-PC
 *   (blank)
 *   Share name  Type  Used as  Comment
 *   (blank)
 *   -------------------------------------------------------------------------------
 *   Office      Disk           Office documents
 *   The command completed successfully.
 *   (blank)
 */
export function renderNetView(computer: string, shares: readonly SimulatedRemoteShare[], language: DisplayLanguage): string {
  const text = netText(language);
  const rows = shares.map((share) => `${padCells(share.name, 12)}${padCells(share.type, 15)}${share.comment}`.trimEnd());
  return consoleLines([text.netView.sharedResourcesAt(`\\\\${computer}`), '', text.netView.header, '', NET_DASH_RULE, ...rows, text.commandCompleted, '']);
}
