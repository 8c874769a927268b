import { create } from 'zustand';
import type { ActionId } from '../../../shared/diagnosis/actions';
import type { ScanProgressEvent, ScanResult } from '../../../shared/ipc/contract';
import { BridgeError, call, subscribe } from '../api/bridge';
import { readGuidePreference, saveGuidePreference } from '../guide/guide-preference';
import { createFixSlice, type FixActions } from './fix-slice';
import { createLanguageSlice, type LanguageSlice } from './language-slice';
import { createRemoteCheckSlice, type RemoteCheckSlice } from './remote-check-slice';
import { canGoNext, latestScan, type BackTarget } from './selectors';
import { initialWizardState, roleForSymptom, symptomForRole, type Symptom, type WizardState } from './wizard-state';

/** Actions are properties, not methods: components take them out of the store and call them unbound. */
export interface WizardActions {
  readonly loadAppInfo: () => Promise<void>;
  readonly chooseSymptom: (symptom: Symptom) => void;
  readonly selectScenario: (scenarioId: string) => Promise<void>;
  readonly startScan: () => Promise<void>;
  /** Findings, Choose a fix or Result → a new scan with the same symptom. */
  readonly scanAgain: () => Promise<void>;
  readonly cancelScan: () => Promise<void>;
  readonly recordProgress: (event: ScanProgressEvent) => void;
  readonly showFixes: () => void;
  readonly chooseAction: (action: ActionId) => void;
  /** Choose a fix or Confirm → Findings of the same scan. */
  readonly backToFindings: () => void;
  /** A completed step of the step bar that still has its data. */
  readonly goBackTo: (target: BackTarget) => void;
  /** "Restart as administrator" from Findings, Choose a fix or Confirm; a demo PC is scanned again at once. */
  readonly restartAsAdministrator: () => Promise<void>;
  readonly setGuideShown: (shown: boolean) => void;
  readonly startOver: () => void;
}

export type WizardStore = WizardState & WizardActions & FixActions & RemoteCheckSlice & LanguageSlice;

const messageOf = (error: unknown) => (error instanceof BridgeError || error instanceof Error ? error.message : String(error));

/**
 * The wizard's single store. Actions check the step they are called from: a click that arrives on the
 * wrong step (a double click, a stale button) changes nothing.
 */
export const useWizardStore = create<WizardStore>()((set, get) => {
  /** Scans as the symptom says, from whichever step asked; progress goes to the scan step as it comes. */
  async function scan(
    symptom: Symptom,
    { afterElevation = false, previous = null }: { afterElevation?: boolean; previous?: ScanResult | null } = {},
  ): Promise<void> {
    set({ step: { kind: 'scan', symptom, progress: {}, cancelling: false, afterElevation, previous } });
    const stopListening = subscribe('scanProgress', (event) => get().recordProgress(event));
    try {
      const outcome = await call('runScan', { role: roleForSymptom(symptom) });
      if (get().step.kind !== 'scan') return;
      if (outcome.kind === 'cancelled')
        set({
          step:
            previous === null
              ? { kind: 'welcome', symptom, notice: 'scan-cancelled', error: null }
              : { kind: 'findings', symptom, result: previous, afterElevation: false },
        });
      else set({ step: { kind: 'findings', symptom, result: outcome.result, afterElevation } });
    } catch (error) {
      set({ step: { kind: 'welcome', symptom, notice: 'scan-failed', error: messageOf(error) } });
    } finally {
      stopListening();
    }
  }

  return {
    ...initialWizardState,
    guideShown: readGuidePreference(),
    ...createFixSlice(set, get),
    ...createRemoteCheckSlice(set, get),
    ...createLanguageSlice(set),

    async loadAppInfo() {
      let info;
      try {
        info = await call('getAppInfo');
      } catch (error) {
        set({ boot: { kind: 'failed', message: messageOf(error) } });
        return;
      }
      set({ boot: { kind: 'ready', info } });
      // Started again as an administrator to scan: the user already said what they see, so scan at once.
      const { step } = get();
      if (info.startScanAs !== null && step.kind === 'welcome') await scan(symptomForRole(info.startScanAs));
    },

    chooseSymptom(symptom) {
      const { step } = get();
      if (step.kind !== 'welcome') return;
      set({ step: { ...step, symptom, notice: null, error: null } });
    },

    async selectScenario(scenarioId) {
      const { step, switchingScenario } = get();
      if (step.kind !== 'welcome' || switchingScenario) return;
      set({ switchingScenario: true });
      try {
        set({ boot: { kind: 'ready', info: await call('selectScenario', scenarioId) }, switchingScenario: false, elevation: initialWizardState.elevation });
        // Each demo PC has its own record of changes: the list must show this one's.
        set({ changesUndo: initialWizardState.changesUndo });
        await get().loadChanges();
      } catch (error) {
        set({ switchingScenario: false, step: { ...step, error: messageOf(error) } });
      }
    },

    async startScan() {
      const { step } = get();
      if (step.kind !== 'welcome' || !canGoNext(step) || step.symptom === null) return;
      await scan(step.symptom);
    },

    async scanAgain() {
      const { step } = get();
      if (step.kind !== 'findings' && step.kind !== 'choose-fix' && step.kind !== 'outcome') return;
      const previous = step.kind === 'outcome' ? latestScan(step) : step.result;
      await scan(step.symptom, { previous });
    },

    async cancelScan() {
      const { step } = get();
      if (step.kind !== 'scan' || step.cancelling) return;
      set({ step: { ...step, cancelling: true } });
      await call('cancelScan').catch(() => false);
    },

    recordProgress(event) {
      const { step } = get();
      if (step.kind !== 'scan') return;
      set({ step: { ...step, progress: { ...step.progress, [event.source]: event.status } } });
    },

    showFixes() {
      const { step } = get();
      if (step.kind !== 'findings') return;
      const recommended = step.result.diagnosis.actions.find((action) => action.recommended);
      set({ step: { kind: 'choose-fix', symptom: step.symptom, result: step.result, selectedAction: recommended?.id ?? null } });
    },

    chooseAction(action) {
      const { step } = get();
      if (step.kind !== 'choose-fix' || !step.result.diagnosis.actions.some((a) => a.id === action)) return;
      set({ step: { ...step, selectedAction: action } });
    },

    backToFindings() {
      const { step } = get();
      if (step.kind !== 'choose-fix' && step.kind !== 'confirm') return;
      set({ step: { kind: 'findings', symptom: step.symptom, result: step.result, afterElevation: false } });
    },

    goBackTo(target) {
      const { step } = get();
      switch (target) {
        case 'welcome':
          return get().startOver();
        case 'findings':
          return step.kind === 'outcome' ? get().showLatestFindings() : get().backToFindings();
        case 'choose-fix':
          if (step.kind === 'confirm') get().backToFixes();
          else if (step.kind === 'outcome' && latestScan(step) !== null) get().chooseAnotherFix();
          return;
      }
    },

    async restartAsAdministrator() {
      const { step, elevation } = get();
      if (step.kind !== 'findings' && step.kind !== 'choose-fix' && step.kind !== 'confirm') return;
      if (elevation.kind === 'asking' || elevation.kind === 'restarting') return;
      set({ elevation: { kind: 'asking' } });
      const response = await call('restartElevated', roleForSymptom(step.symptom)).catch((error: unknown) => ({
        kind: 'not-possible' as const,
        reason: messageOf(error),
      }));
      if (response.kind === 'elevated-in-demo') {
        // The demo PC now runs the app as an administrator: what could not be read before can be now.
        set({ elevation: { kind: 'idle' } });
        await scan(step.symptom, { afterElevation: true, previous: step.result });
      } else if (response.kind === 'restarting') {
        set({ elevation: { kind: 'restarting' } });
      } else {
        set({ elevation: { kind: 'not-possible', reason: response.reason } });
      }
    },

    setGuideShown(shown) {
      saveGuidePreference(shown);
      set({ guideShown: shown });
    },

    startOver() {
      const { step } = get();
      if (step.kind === 'scan' || step.kind === 'applying') return;
      void get().loadChanges();
      set({ step: { kind: 'welcome', symptom: 'symptom' in step ? step.symptom : null, notice: null, error: null } });
    },
  };
});
