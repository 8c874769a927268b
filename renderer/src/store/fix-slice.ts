import type { StoreApi } from 'zustand';
import { helps, type ActionId } from '../../../shared/diagnosis/actions';
import type { FixRequest } from '../../../shared/fixes/fix-request';
import type { WizardActions } from './wizard-store';
import { BridgeError, call, subscribe } from '../api/bridge';
import { initialRequest } from './fix-requests';
import { canGoNext, latestScan } from './selectors';
import { roleForSymptom, type WizardState } from './wizard-state';

/** Actions are properties, not methods: components take them out of the store and call them unbound. */
export interface FixActions {
  /** Choose a fix → Confirm: makes the plan for the chosen action. */
  readonly reviewFix: () => Promise<void>;
  /** Changes what the fix asks for (printers, computer, minutes) and makes the plan again. */
  readonly changeRequest: (request: FixRequest) => Promise<void>;
  readonly setConfirmed: (confirmed: boolean) => void;
  readonly applyFix: () => Promise<void>;
  readonly undoAppliedFix: () => Promise<void>;
  /** Result → Choose a fix, starting from the scan after the change. */
  readonly chooseAnotherFix: () => void;
  /** Result → Findings of the scan after the change (or after its undo). */
  readonly showLatestFindings: () => void;
  /** Confirm → Choose a fix. */
  readonly backToFixes: () => void;
  readonly loadChanges: () => Promise<void>;
  readonly undoFromChanges: (entryId: string) => Promise<void>;
}

type Set = StoreApi<WizardState & FixActions & WizardActions>['setState'];
type Get = StoreApi<WizardState & FixActions & WizardActions>['getState'];

const messageOf = (error: unknown) => (error instanceof BridgeError || error instanceof Error ? error.message : String(error));

/**
 * The fix half of the wizard: Confirm → Apply → Result, and the list of changes with their undo. As in
 * the scan half, every action first checks the step it was meant for.
 */
export function createFixSlice(set: Set, get: Get): FixActions {
  async function plan(request: FixRequest | null): Promise<void> {
    const step = get().step;
    if (step.kind !== 'confirm') return;
    set({ step: { ...step, request, plan: null, confirmed: false } });
    if (request === null) return;
    const response = await call('planFix', request).catch((error: unknown) => ({
      kind: 'refused' as const,
      refusal: { reason: 'not-readable' as const, message: { key: 'welcome.error' as const, params: { message: messageOf(error) } } },
    }));
    const now = get().step;
    // A later change of the request may have replaced this one meanwhile.
    if (now.kind === 'confirm' && now.request === request) set({ step: { ...now, plan: response } });
  }

  return {
    async reviewFix() {
      const step = get().step;
      if (step.kind !== 'choose-fix' || !canGoNext(step) || step.selectedAction === null) return;
      const action: ActionId = step.selectedAction;
      const request = initialRequest(action, step.result);
      set({ step: { kind: 'confirm', symptom: step.symptom, result: step.result, action, request, plan: null, confirmed: false } });
      await plan(request);
    },

    async changeRequest(request) {
      if (get().step.kind !== 'confirm') return;
      await plan(request);
    },

    setConfirmed(confirmed) {
      const step = get().step;
      if (step.kind !== 'confirm' || step.plan?.kind !== 'plan') return;
      set({ step: { ...step, confirmed } });
    },

    async applyFix() {
      const step = get().step;
      if (step.kind !== 'confirm' || !canGoNext(step) || step.request === null) return;
      const { symptom, result, action, request } = step;
      set({ step: { kind: 'applying', symptom, result, action, progress: null } });
      const stop = subscribe('fixProgress', (progress) => {
        const now = get().step;
        if (now.kind === 'applying') set({ step: { ...now, progress } });
      });
      try {
        const response = await call('applyFix', request, roleForSymptom(symptom));
        set({ step: { kind: 'outcome', symptom, action, response, undo: null, undoing: false } });
      } catch (error) {
        set({
          step: {
            kind: 'outcome',
            symptom,
            action,
            response: { kind: 'refused', refusal: { reason: 'not-readable', message: { key: 'welcome.error', params: { message: messageOf(error) } } } },
            undo: null,
            undoing: false,
          },
        });
      } finally {
        stop();
        void get().loadChanges();
      }
    },

    async undoAppliedFix() {
      const step = get().step;
      if (step.kind !== 'outcome' || step.undoing || step.undo !== null || step.response.kind !== 'ran') return;
      set({ step: { ...step, undoing: true } });
      const undo = await call('undoChange', step.response.entry.id, roleForSymptom(step.symptom)).catch((error: unknown) => ({
        kind: 'refused' as const,
        refusal: { reason: 'not-readable' as const, message: { key: 'welcome.error' as const, params: { message: messageOf(error) } } },
      }));
      const now = get().step;
      if (now.kind === 'outcome') set({ step: { ...now, undo, undoing: false } });
      void get().loadChanges();
    },

    showLatestFindings() {
      const step = get().step;
      if (step.kind !== 'outcome') return;
      const latest = latestScan(step);
      if (latest === null) get().startOver();
      else set({ step: { kind: 'findings', symptom: step.symptom, result: latest, afterElevation: false } });
    },

    chooseAnotherFix() {
      const step = get().step;
      if (step.kind !== 'outcome') return;
      const latest = latestScan(step);
      if (latest === null) return;
      const recommended = latest.diagnosis.actions.find((a) => helps(a) && a.id !== step.action)?.id ?? null;
      set({ step: { kind: 'choose-fix', symptom: step.symptom, result: latest, selectedAction: recommended } });
    },

    backToFixes() {
      const step = get().step;
      if (step.kind !== 'confirm') return;
      set({ step: { kind: 'choose-fix', symptom: step.symptom, result: step.result, selectedAction: step.action } });
    },

    async loadChanges() {
      try {
        set({ changes: await call('listChanges') });
      } catch {
        // The list is a convenience; without it the wizard still works.
      }
    },

    async undoFromChanges(entryId) {
      if (get().changesUndo.running) return;
      set({ changesUndo: { running: true, response: null, error: null } });
      try {
        const response = await call('undoChange', entryId, 'unknown');
        set({ changesUndo: { running: false, response, error: null } });
      } catch (error) {
        set({ changesUndo: { running: false, response: null, error: messageOf(error) } });
      }
      await get().loadChanges();
    },
  };
}
