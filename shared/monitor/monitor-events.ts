import type { CommandFailure } from '../commands/command-failure';
import type { MonitorSample } from './sample-history';
import type { SessionChange } from './session-changes';

/**
 * Why a tick of the monitor read nothing: the PC was busy with a scan, a change or a switch of demo PC
 * in this app, or another window or command line was changing it. A poll never overlaps a change.
 */
export type MonitorSkipReason = 'scan' | 'change' | 'switch' | 'change-elsewhere';

/** One tick of the monitor, as the window and the command line receive it. */
export interface MonitorSampleEvent {
  /** Which watch it belongs to (a later start gives a new one), so a late sample of an ended watch can be told apart. */
  readonly watchId: number;
  /** The counts; null counts when the tick read nothing (skipped, or the poll failed). */
  readonly sample: MonitorSample;
  /** Who arrived and who left since the last poll that read the connections. */
  readonly changes: readonly SessionChange[];
  readonly limit: number | null;
  readonly freeSlots: number | null;
  readonly skipped: MonitorSkipReason | null;
  /** Why the poll could not read the connections (access denied, the Server service stopped …). */
  readonly failure: CommandFailure | null;
}

export interface MonitorStatus {
  readonly watching: boolean;
  /** The watch running now, or the last one. */
  readonly watchId: number | null;
  readonly intervalSeconds: number;
}
