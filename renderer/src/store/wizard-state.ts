import type { PcRole } from '../../../shared/diagnosis/finding';
import type { ActionId } from '../../../shared/diagnosis/actions';
import type { AppInfo, ScanResult, ScanSourceStatus } from '../../../shared/ipc/contract';
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

export type SourceProgress = Partial<Record<SourceId | 'elevation', ScanSourceStatus>>;

/**
 * The wizard's steps. Each carries only its own data; what a step may do next is derived from it
 * (see selectors), never stored beside it.
 */
export type WizardStep =
  | { readonly kind: 'welcome'; readonly symptom: Symptom | null; readonly notice: 'scan-cancelled' | 'scan-failed' | null; readonly error: string | null }
  | { readonly kind: 'scan'; readonly symptom: Symptom; readonly progress: SourceProgress; readonly cancelling: boolean }
  | { readonly kind: 'findings'; readonly symptom: Symptom; readonly result: ScanResult }
  | { readonly kind: 'choose-fix'; readonly symptom: Symptom; readonly result: ScanResult; readonly selectedAction: ActionId | null };

export type StepKind = WizardStep['kind'];
export const STEP_ORDER: readonly StepKind[] = ['welcome', 'scan', 'findings', 'choose-fix'];

export type Boot = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly info: AppInfo } | { readonly kind: 'failed'; readonly message: string };

export interface WizardState {
  readonly boot: Boot;
  readonly step: WizardStep;
  /** A demo-scenario switch in progress (the picker is disabled meanwhile). */
  readonly switchingScenario: boolean;
}

export const initialWizardState: WizardState = {
  boot: { kind: 'loading' },
  step: { kind: 'welcome', symptom: null, notice: null, error: null },
  switchingScenario: false,
};
