import type { DisplayLanguage } from '../scenario';
import { consoleLines, fixedCells, NET_DASH_RULE, padCells } from './console-text';
import { netText } from './messages';

/** One open file, pipe or device, as `net file` lists it. */
export interface NetFileRow {
  /** What `net file ID /close` takes. */
  readonly id: number;
  /** A path or a named pipe such as \PIPE\spoolss; wider than 39 cells is cut. */
  readonly path: string;
  /** "" when a null session holds it; wider than 20 cells is cut. */
  readonly user: string;
  readonly locks: number;
}

/**
 * `net file`, in the documented layout of ../../fixtures/documented-layout/net-file__documented__en__01.txt
 * (no capture exists; the header is net.exe's message-table text, the blank lines and 79-dash rule those of
 * net.exe's other tables):
 *
 *   (blank)
 *   ID         Path                                    User name            # Locks
 *   (blank)
 *   -------------------------------------------------------------------------------
 *   1207959577 \PIPE\spoolss                           Maria Lopez          0
 *   |0         |11                                     |51                  |72
 *   The command completed successfully.
 *   (blank)
 *
 * Paths are cut to the 39-cell column (Sysinternals: "net file … truncates long path names"; cut rather
 * than ellipsized, unverified). With nothing open, only the empty-list notice (as `net session`).
 */
export function renderNetFile(files: readonly NetFileRow[], language: DisplayLanguage): string {
  const text = netText(language);
  if (files.length === 0) return consoleLines([text.noEntries, '']);
  return consoleLines([
    '',
    text.netFile.header,
    '',
    NET_DASH_RULE,
    ...files.map((file) => `${padCells(String(file.id), 10)} ${fixedCells(file.path, 39)} ${fixedCells(file.user, 20)} ${file.locks}`),
    text.commandCompleted,
    '',
  ]);
}
