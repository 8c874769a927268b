import type { CommandFailure } from '../commands/command-failure';
import type { FixPlan, Message } from './fix-plan';
import type { FixRequest } from './fix-request';
import type { RegistrySnapshot, ValueChange } from './registry-snapshot';

/**
 * One fix in the journal, written before and after every command it runs, so that after a crash or a
 * restart the app still knows what it changed and how to put it back.
 */
export type JournalStatus =
  /** Running (or the app stopped while it ran: see the commands recorded). */
  | 'applying'
  | 'applied'
  /** Stopped before any change (a backup or a read failed). */
  | 'aborted'
  /** A step failed and the steps before it were undone. */
  | 'rolled-back'
  /** A step failed and putting the earlier steps back failed too: see the commands. */
  | 'rollback-failed'
  | 'undoing'
  | 'undone'
  | 'undo-failed';

export interface CommandRecord {
  readonly phase: 'backup' | 'read' | 'step' | 'check' | 'rollback' | 'undo' | 'restore';
  readonly argv: readonly string[];
  readonly at: string;
  readonly exitCode: number | null;
  readonly failure: CommandFailure | null;
  readonly durationMs: number;
  /** The start of what the command printed, for the record. */
  readonly output: string;
}

export interface JournalEntry {
  readonly id: string;
  readonly request: FixRequest;
  readonly summary: Message;
  readonly status: JournalStatus;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly plan: FixPlan;
  readonly backupFiles: readonly string[];
  readonly before: RegistrySnapshot | null;
  readonly after: RegistrySnapshot | null;
  /** Registry values the fix changed (restored by undo). */
  readonly changed: readonly ValueChange[];
  /** How many steps ran to the end (rollback and undo start from here). */
  readonly stepsDone: number;
  readonly commands: readonly CommandRecord[];
  /** What went wrong, in English for the record; null when nothing did. */
  readonly problem: string | null;
  readonly undoneAt: string | null;
}

export interface JournalFile {
  readonly version: 1;
  readonly entries: readonly JournalEntry[];
}

export function canUndo(entry: JournalEntry): boolean {
  return entry.plan.undoable && (entry.status === 'applied' || entry.status === 'undo-failed');
}
