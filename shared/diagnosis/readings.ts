import type { CommandFailure } from '../commands/command-failure';

/**
 * What a scan gathered: the raw text of each source, read live on this PC, from a folder collected on
 * another PC, or from a simulated host. The diagnosis parses these; it never runs anything itself.
 */
export const SOURCE_IDS = [
  'net-session',
  'net-file',
  'net-share',
  'nbtstat',
  'netstat',
  'net-config-server',
  'sc-lanmanserver',
  'reg-lsa',
  'reg-lanmanserver',
  'reg-version',
  'reg-printers',
  'printers',
] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

/** The file each source is saved as by `workgroup-doctor collect`, and read from by `diagnose --from`. */
export const SOURCE_FILE_NAMES: Readonly<Record<SourceId, string>> = {
  'net-session': 'net-session.txt',
  'net-file': 'net-file.txt',
  'net-share': 'net-share.txt',
  nbtstat: 'nbtstat-s.txt',
  netstat: 'netstat-ano.txt',
  'net-config-server': 'net-config-server.txt',
  'sc-lanmanserver': 'sc-qc-lanmanserver.txt',
  'reg-lsa': 'reg-lsa.txt',
  'reg-lanmanserver': 'reg-lanmanserver.txt',
  'reg-version': 'reg-version.txt',
  'reg-printers': 'reg-printers.txt',
  printers: 'printers.json',
};

export type NotRunReason =
  /** A collected folder without this file. */
  | 'not-collected'
  | 'cancelled'
  /** Not meaningful here (Get-Printer before Windows 8). */
  | 'not-applicable';

export type SourceReading =
  | { readonly status: 'ok'; readonly text: string; readonly durationMs: number | null }
  | { readonly status: 'failed'; readonly failure: CommandFailure; readonly text: string; readonly durationMs: number | null }
  | { readonly status: 'not-run'; readonly reason: NotRunReason };

export interface HostReadings {
  readonly sources: Readonly<Record<SourceId, SourceReading>>;
  /** From fltmc (or meta.json for a collected folder); null when unknown. */
  readonly elevated: boolean | null;
  readonly codePage: number | null;
}

export function notRunEverywhere(reason: NotRunReason): Record<SourceId, SourceReading> {
  return Object.fromEntries(SOURCE_IDS.map((id) => [id, { status: 'not-run', reason }])) as Record<SourceId, SourceReading>;
}
