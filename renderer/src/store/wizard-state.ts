import type { PcRole } from '../../../shared/diagnosis/finding';
import type { ActionId } from '../../../shared/diagnosis/actions';
import type {
  ApplyResponse,
  AppInfo,
  ChangesResponse,
  FixProgressEvent,
  PlanResponse,
  ScanResult,
  ScanSourceStatus,
  UndoResponse,
} from '../../../shared/ipc/contract';
import type { FixRequest } from '../../../shared/fixes/fix-request';
import type { SourceId } from '../../../shared/diagnosis/readings';

/** What the user sees, in their words, on the first step. */
export type Symptom =
  /** "I get error 71 on this PC when I connect to another one": this PC is a client. */
  | 'error-here'
  /** "Other computers get error 71 when they connect to this PC": this PC is the host. */
  | 'error-on-others'
  | 'something-else';

export function roleForSymptom(symptom: Symptom): PcRole {
  switch (symptom) {
    case 'error-here':
      return 'client';
    case 'error-on-others':
      return 'host';
    case 'something-else':
      return 'unknown';
  }
}

/** The symptom a role was chosen from (an app restarted as administrator gets the role, not the words). */
export function symptomForRole(role: PcRole): Symptom {
  switch (role) {
    case 'client':
      return 'error-here';
    case 'host':
      return 'error-on-others';
    case 'unknown':
      return 'something-else';
  }
}

export type SourceProgress = Partial<Record<SourceId | 'elevation', ScanSourceStatus>>;

/**
 * The wizard's steps. Each carries only its own data; what a step may do next is derived from it
 * (see selectors), never stored beside it.
 */
export type WizardStep =
  | { readonly kind: 'welcome'; readonly symptom: Symptom | null; readonly notice: 'scan-cancelled' | 'scan-failed' | null; readonly error: string | null }
  | {
      readonly kind: 'scan';
      readonly symptom: Symptom;
      readonly progress: SourceProgress;
      readonly cancelling: boolean;
      /** This scan follows "Restart as administrator" on the demo PC, and its findings say so. */
      readonly afterElevation: boolean;
      /** The findings a "Scan again" started from: stopping the rescan goes back to them, not to the first page. */
      readonly previous: ScanResult | null;
    }
  | { readonly kind: 'findings'; readonly symptom: Symptom; readonly result: ScanResult; readonly afterElevation: boolean }
  | { readonly kind: 'choose-fix'; readonly symptom: Symptom; readonly result: ScanResult; readonly selectedAction: ActionId | null }
  | {
      readonly kind: 'confirm';
      readonly symptom: Symptom;
      readonly result: ScanResult;
      readonly action: ActionId;
      /** What will be asked for; null for advice that changes nothing. */
      readonly request: FixRequest | null;
      /** null while the plan is being made. */
      readonly plan: PlanResponse | null;
      readonly confirmed: boolean;
    }
  | { readonly kind: 'applying'; readonly symptom: Symptom; readonly result: ScanResult; readonly action: ActionId; readonly progress: FixProgressEvent | null }
  | {
      readonly kind: 'outcome';
      readonly symptom: Symptom;
      readonly action: ActionId;
      /** A refusal at apply time, or what ran. */
      readonly response: ApplyResponse;
      /** Set once the user undid this change here. */
      readonly undo: UndoResponse | null;
      readonly undoing: boolean;
    };

export type StepKind = WizardStep['kind'];

/** The steps as the progress bar names them; applying and its outcome are one step there. */
export const INDICATOR_STEPS = ['welcome', 'scan', 'findings', 'choose-fix', 'confirm', 'result'] as const;
export type IndicatorStep = (typeof INDICATOR_STEPS)[number];

export function indicatorStep(kind: StepKind): IndicatorStep {
  return kind === 'applying' || kind === 'outcome' ? 'result' : kind;
}

/** "Scan again" scans in place: the findings stay on screen, with the progress above them. */
export function rescansInPlace(step: WizardStep): step is Extract<WizardStep, { kind: 'scan' }> & { readonly previous: ScanResult } {
  return step.kind === 'scan' && step.previous !== null && !step.afterElevation;
}

/** The step the step bar and the guide show: Findings while a rescan runs in place. */
export function shownStep(step: WizardStep): IndicatorStep {
  return rescansInPlace(step) ? 'findings' : indicatorStep(step.kind);
}

export type Boot = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly info: AppInfo } | { readonly kind: 'failed'; readonly message: string };

/**
 * "Restart as administrator", whichever step it was pressed on: the whole app restarts (or, on a demo PC,
 * the simulated PC is elevated and scanned again), so it belongs to the app, not to a step.
 */
export type Elevation =
  | { readonly kind: 'idle' }
  | { readonly kind: 'asking' }
  /** Live mode: Windows asks the user to allow it; this window then closes and the new one scans. */
  | { readonly kind: 'restarting' }
  | { readonly kind: 'not-possible'; readonly reason: string };

export interface WizardState {
  readonly boot: Boot;
  readonly step: WizardStep;
  /** A demo-scenario switch in progress (the picker is disabled meanwhile). */
  readonly switchingScenario: boolean;
  /** The journal of changes this app made (null until read). */
  readonly changes: ChangesResponse | null;
  /** An undo started from the changes list, and what it gave. */
  readonly changesUndo: { readonly running: boolean; readonly response: UndoResponse | null; readonly error: string | null };
  readonly elevation: Elevation;
  /** Whether the step-by-step guide is shown: the user's choice, or null to follow the default (on in demo mode). */
  readonly guideShown: boolean | null;
}

export const initialWizardState: WizardState = {
  boot: { kind: 'loading' },
  step: { kind: 'welcome', symptom: null, notice: null, error: null },
  switchingScenario: false,
  changes: null,
  changesUndo: { running: false, response: null, error: null },
  elevation: { kind: 'idle' },
  guideShown: null,
};
