import type { RestartNeed } from '../diagnosis/actions';
import type { MessageKey, MessageParams } from '../i18n/translate';
import type { NetFile } from '../parsers/net-file';
import type { SettableServerStartType } from '../windows/server-service';
import type { WindowsCommand } from '../windows/windows-command';
import type { FixOperation } from './fix-operation';
import { operationCommand } from './fix-operation';
import type { FixRequest } from './fix-request';
import type { ChangeFacts } from './journal-format';
import type { AllowedValueId } from './registry-allowlist';

/** Words for the user, by catalog key. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** One command as a technician sees it: an allowlisted program, an argv array, and why. */
export interface PlannedCommand extends WindowsCommand {
  readonly purpose: Message;
}

/** A command the host runs: what it does as typed data, and the command line that shows it. */
export interface PlannedAction extends PlannedCommand {
  readonly operation: FixOperation;
}

/** The action for an operation, with its command line built by the one builder for it. */
export function plannedAction(operation: FixOperation, purpose: Message): PlannedAction {
  return { ...operationCommand(operation), purpose, operation };
}

/** How the engine confirms a command did what it should (some tools report success either way). */
export type StepCheck =
  /** data null: the value must not exist. */
  | { readonly kind: 'registry-value'; readonly value: AllowedValueId; readonly data: number | null }
  | { readonly kind: 'printer-shared'; readonly printer: string; readonly shared: boolean }
  | { readonly kind: 'no-session'; readonly computer: string }
  | { readonly kind: 'file-closed'; readonly fileId: number }
  | { readonly kind: 'server-start-type'; readonly startType: SettableServerStartType }
  | { readonly kind: 'server-running'; readonly running: boolean };

export interface PlannedStep {
  readonly command: PlannedAction;
  readonly check: StepCheck;
  /** What puts this step back; empty when it cannot be undone (an ended session). */
  readonly undo: readonly PlannedAction[];
  /** How putting it back is confirmed; null when it cannot be undone. */
  readonly undoCheck: StepCheck | null;
}

export interface FixPlan {
  readonly request: FixRequest;
  /** What will happen, in plain words. */
  readonly summary: Message;
  /** Runs before anything changes; a failure stops the fix with nothing changed. */
  readonly backup: readonly PlannedAction[];
  /** One step per item of `change` (per value, per printer), in that order. */
  readonly steps: readonly PlannedStep[];
  readonly undoable: boolean;
  readonly warnings: readonly Message[];
  readonly restart: RestartNeed;
  /** Open files a disconnect or close would end, shown before confirming. */
  readonly affectedFiles: readonly NetFile[];
  /** What the journal records about this change: facts, never commands. */
  readonly change: ChangeFacts;
}

/** One command that puts part of a recorded change back, re-planned from the journal's facts. */
export interface UndoStep {
  readonly command: PlannedAction;
  readonly check: StepCheck;
}

/** How one recorded change is undone now; no steps when everything is already as it was. */
export interface UndoPlan {
  readonly entryId: string;
  readonly summary: Message;
  readonly steps: readonly UndoStep[];
}

export type RefusalReason =
  | 'invalid-name'
  | 'no-such-session'
  | 'printer-not-shared'
  | 'no-such-file'
  | 'no-such-printer'
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
export type UndoPlanOutcome = { readonly ok: true; readonly plan: UndoPlan } | { readonly ok: false; readonly refusal: Refusal };

export const refusal = (reason: RefusalReason, key: MessageKey, params?: MessageParams): Refusal => ({ reason, message: params ? { key, params } : { key } });

/** Every undo command of a plan, in the order they would run (last step first). */
export function undoCommands(plan: Pick<FixPlan, 'steps'>): PlannedCommand[] {
  return [...plan.steps].reverse().flatMap((step) => step.undo);
}
