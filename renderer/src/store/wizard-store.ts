import { create } from 'zustand';
import type { ActionId } from '../../../shared/diagnosis/actions';
import type { ScanProgressEvent } from '../../../shared/ipc/contract';
import { BridgeError, call, subscribe } from '../api/bridge';
import { createFixSlice, type FixActions } from './fix-slice';
import { createLanguageSlice, type LanguageSlice } from './language-slice';
import { createRemoteCheckSlice, type RemoteCheckSlice } from './remote-check-slice';
import { canGoNext } from './selectors';
import { initialWizardState, roleForSymptom, type Symptom, type WizardState } from './wizard-state';

/** Actions are properties, not methods: components take them out of the store and call them unbound. */
export interface WizardActions {
  readonly loadAppInfo: () => Promise<void>;
  readonly chooseSymptom: (symptom: Symptom) => void;
  readonly selectScenario: (scenarioId: string) => Promise<void>;
  readonly startScan: () => Promise<void>;
  readonly cancelScan: () => Promise<void>;
  readonly recordProgress: (event: ScanProgressEvent) => void;
  readonly showFixes: () => void;
  readonly chooseAction: (action: ActionId) => void;
  readonly backToFindings: () => void;
  readonly startOver: () => void;
}

export type WizardStore = WizardState & WizardActions & FixActions & RemoteCheckSlice & LanguageSlice;

const messageOf = (error: unknown) => (error instanceof BridgeError || error instanceof Error ? error.message : String(error));

/**
 * The wizard's single store. Actions check the step they are called from: a click that arrives on the
 * wrong step (a double click, a stale button) changes nothing.
 */
export const useWizardStore = create<WizardStore>()((set, get) => ({
  ...initialWizardState,
  ...createFixSlice(set, get),
  ...createRemoteCheckSlice(set, get),
  ...createLanguageSlice(set),

  async loadAppInfo() {
    try {
      set({ boot: { kind: 'ready', info: await call('getAppInfo') } });
    } catch (error) {
      set({ boot: { kind: 'failed', message: messageOf(error) } });
    }
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
      set({ boot: { kind: 'ready', info: await call('selectScenario', scenarioId) }, switchingScenario: false });
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
    const symptom = step.symptom;
    set({ step: { kind: 'scan', symptom, progress: {}, cancelling: false } });
    const stopListening = subscribe('scanProgress', (event) => get().recordProgress(event));
    try {
      const outcome = await call('runScan', { role: roleForSymptom(symptom) });
      if (get().step.kind !== 'scan') return;
      if (outcome.kind === 'cancelled') set({ step: { kind: 'welcome', symptom, notice: 'scan-cancelled', error: null } });
      else set({ step: { kind: 'findings', symptom, result: outcome.result } });
    } catch (error) {
      set({ step: { kind: 'welcome', symptom, notice: 'scan-failed', error: messageOf(error) } });
    } finally {
      stopListening();
    }
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
    if (step.kind !== 'choose-fix') return;
    set({ step: { kind: 'findings', symptom: step.symptom, result: step.result } });
  },

  startOver() {
    const { step } = get();
    if (step.kind === 'scan' || step.kind === 'applying') return;
    void get().loadChanges();
    set({ step: { kind: 'welcome', symptom: 'symptom' in step ? step.symptom : null, notice: null, error: null } });
  },
}));
