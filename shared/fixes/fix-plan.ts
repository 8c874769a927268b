import type { WindowsProgramName } from '../commands/windows-program';
import type { RestartNeed } from '../diagnosis/actions';
import type { MessageKey, MessageParams } from '../i18n/translate';
import type { NetFile } from '../parsers/net-file';
import type { FixRequest } from './fix-request';

/** Words for the user, by catalog key. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** One command a fix runs: an allowlisted program, an argv array, and why. */
export interface PlannedCommand {
  readonly program: WindowsProgramName;
  readonly args: readonly string[];
  /** Values a fixed script reads (a printer name), so that no name ever becomes part of a script. */
  readonly env?: Readonly<Record<string, string>>;
  readonly purpose: Message;
  /** The command's own output encoding, when not the console's (PowerShell told to write UTF-8). */
  readonly codePage?: number;
}

/** How the engine confirms a step did what it should (some tools report success either way). */
export type StepCheck =
  | { readonly kind: 'registry-value'; readonly key: string; readonly name: string; readonly data: number }
  | { readonly kind: 'printer-shared'; readonly printer: string; readonly shared: boolean }
  | { readonly kind: 'no-session'; readonly computer: string }
  | { readonly kind: 'file-closed'; readonly fileId: number };

export interface PlannedStep {
  readonly command: PlannedCommand;
  readonly check: StepCheck;
  /** What puts this step back; empty when it cannot be undone (an ended session). */
  readonly undo: readonly PlannedCommand[];
}

export interface FixPlan {
  readonly request: FixRequest;
  /** What will happen, in plain words. */
  readonly summary: Message;
  /** Runs before anything changes; a failure stops the fix with nothing changed. */
  readonly backup: readonly PlannedCommand[];
  readonly steps: readonly PlannedStep[];
  readonly undoable: boolean;
  readonly warnings: readonly Message[];
  readonly restart: RestartNeed;
  /** Open files a disconnect or close would end, shown before confirming. */
  readonly affectedFiles: readonly NetFile[];
}

export type RefusalReason =
  | 'invalid-name'
  | 'no-such-session'
  | 'printer-not-shared'
  | 'no-such-file'
  | 'nothing-to-change'
  | 'minutes-out-of-range'
  | 'not-readable'
  /** Refusals of the service around a plan. */
  | 'not-elevated'
  | 'busy'
  | 'no-scan'
  /** Saved outputs from another PC: they can be planned for, never changed. */
  | 'read-only'
  | 'journal-damaged'
  | 'journal-unwritable';

export interface Refusal {
  readonly reason: RefusalReason;
  readonly message: Message;
}

export type PlanOutcome = { readonly ok: true; readonly plan: FixPlan } | { readonly ok: false; readonly refusal: Refusal };

/** Every undo command of a plan, in the order they would run (last step first). */
export function undoCommands(plan: Pick<FixPlan, 'steps'>): PlannedCommand[] {
  return [...plan.steps].reverse().flatMap((step) => step.undo);
}
