import type { CommandFailure } from '../commands/command-failure';

/**
 * One command a change ran, for technicians: kept in memory, returned with the result and written to the
 * app's log, never to the journal. It is a record of what happened; nothing ever runs it again.
 */
export interface CommandRecord {
  readonly phase: 'backup' | 'step' | 'check' | 'rollback' | 'undo';
  readonly argv: readonly string[];
  readonly at: string;
  readonly exitCode: number | null;
  readonly failure: CommandFailure | null;
  readonly durationMs: number;
  /** The start of what the command printed. */
  readonly output: string;
}
