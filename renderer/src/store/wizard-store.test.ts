import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvents, ScanOutcome, ScanResult, WorkgroupDoctorBridge } from '../../../shared/ipc/contract';
import { diagnose } from '../../../shared/diagnosis/diagnose';
import { notRunEverywhere } from '../../../shared/diagnosis/readings';
import { canGoNext, pageOf, scanCompletion } from './selectors';
import { initialWizardState } from './wizard-state';
import { useWizardStore } from './wizard-store';

const emptyReadings = { sources: notRunEverywhere('not-collected'), elevated: true, codePage: 437 };
const result: ScanResult = {
  readings: emptyReadings,
  diagnosis: diagnose(emptyReadings, { role: 'host' }),
  durationMs: 1200,
  finishedAt: '2026-11-21T10:00:00Z',
  scenarioId: null,
};
const appInfo = {
  version: '1',
  platform: 'linux',
  mode: 'demo' as const,
  demoReason: 'not-windows' as const,
  scenarios: [{ id: 'a', title: 'A', description: '' }],
  activeScenarioId: 'a',
};

function installBridge(runScan: () => Promise<ScanOutcome>) {
  const listeners = new Set<(payload: ApiEvents['scanProgress']) => void>();
  const bridge = {
    getAppInfo: vi.fn(async () => ({ ok: true, value: appInfo })),
    selectScenario: vi.fn(async (id: string) => ({ ok: true, value: { ...appInfo, activeScenarioId: id } })),
    runScan: vi.fn(async () => ({ ok: true, value: await runScan() })),
    cancelScan: vi.fn(async () => ({ ok: true, value: true })),
    subscribe: (_event: string, listener: (payload: ApiEvents['scanProgress']) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  (globalThis as unknown as { workgroupDoctor: WorkgroupDoctorBridge }).workgroupDoctor = bridge as unknown as WorkgroupDoctorBridge;
  return { bridge, emit: (payload: ApiEvents['scanProgress']) => listeners.forEach((l) => l(payload)), listeners };
}

beforeEach(() => useWizardStore.setState(initialWizardState));
afterEach(() => {
  delete (globalThis as Record<string, unknown>).workgroupDoctor;
});

describe('wizard store', () => {
  it('cannot scan before the user says what they see', async () => {
    const { bridge } = installBridge(async () => ({ kind: 'completed', result }));
    expect(canGoNext(useWizardStore.getState().step)).toBe(false);
    await useWizardStore.getState().startScan();
    expect(bridge.runScan).not.toHaveBeenCalled();
    expect(useWizardStore.getState().step.kind).toBe('welcome');
  });

  it('scans with the role the symptom implies, shows progress, then the findings', async () => {
    let finish!: (outcome: ScanOutcome) => void;
    const { bridge, emit, listeners } = installBridge(() => new Promise((resolve) => (finish = resolve)));
    useWizardStore.getState().chooseSymptom('error-on-others');
    const scanning = useWizardStore.getState().startScan();
    expect(useWizardStore.getState().step.kind).toBe('scan');
    expect(bridge.runScan).toHaveBeenCalledWith({ role: 'host' });
    emit({ source: 'net-session', status: 'running' });
    emit({ source: 'net-session', status: 'ok', durationMs: 20 });
    emit({ source: 'net-file', status: 'failed' });
    expect(scanCompletion(useWizardStore.getState().step)).toEqual({ done: 2, total: 13 });
    finish({ kind: 'completed', result });
    await scanning;
    const step = useWizardStore.getState().step;
    expect(step.kind).toBe('findings');
    expect(step.kind === 'findings' && step.result).toBe(result);
    expect(listeners.size).toBe(0);
  });

  it('goes back to the first step, saying nothing changed, when the scan is cancelled', async () => {
    let finish!: (outcome: ScanOutcome) => void;
    const { bridge } = installBridge(() => new Promise((resolve) => (finish = resolve)));
    useWizardStore.getState().chooseSymptom('error-here');
    const scanning = useWizardStore.getState().startScan();
    await useWizardStore.getState().cancelScan();
    await useWizardStore.getState().cancelScan();
    expect(bridge.cancelScan).toHaveBeenCalledOnce();
    finish({ kind: 'cancelled' });
    await scanning;
    expect(useWizardStore.getState().step).toEqual({ kind: 'welcome', symptom: 'error-here', notice: 'scan-cancelled', error: null });
  });

  it('reports a failed scan on the first step instead of losing the user', async () => {
    installBridge(async () => Promise.reject(new Error('bridge broke')));
    useWizardStore.getState().chooseSymptom('something-else');
    await useWizardStore.getState().startScan();
    expect(useWizardStore.getState().step).toEqual({ kind: 'welcome', symptom: 'something-else', notice: 'scan-failed', error: 'bridge broke' });
  });

  it('ignores clicks meant for another step', async () => {
    installBridge(async () => ({ kind: 'completed', result }));
    const before = useWizardStore.getState().step;
    useWizardStore.getState().showFixes();
    useWizardStore.getState().chooseAction('method-1');
    useWizardStore.getState().backToFindings();
    useWizardStore.getState().recordProgress({ source: 'net-file', status: 'ok' });
    expect(useWizardStore.getState().step).toBe(before);
  });

  it('preselects the recommended fix and refuses an action the diagnosis does not offer', async () => {
    installBridge(async () => ({ kind: 'completed', result }));
    useWizardStore.getState().chooseSymptom('error-on-others');
    await useWizardStore.getState().startScan();
    useWizardStore.getState().showFixes();
    const step = useWizardStore.getState().step;
    expect(step.kind).toBe('choose-fix');
    const recommended = result.diagnosis.actions.find((a) => a.recommended)?.id ?? null;
    expect(step.kind === 'choose-fix' && step.selectedAction).toBe(recommended);
    useWizardStore.getState().chooseAction('not-an-action' as never);
    expect(useWizardStore.getState().step).toBe(step);
  });

  it('switches the demo scenario only on the first step, and shows that PC’s own changes', async () => {
    const { bridge } = installBridge(async () => ({ kind: 'completed', result }));
    const listChanges = vi.fn(async () => ({ ok: true, value: { kind: 'ok', entries: [], changeRunning: false } }));
    (bridge as unknown as Record<string, unknown>).listChanges = listChanges;
    useWizardStore.setState({ changes: { kind: 'ok', entries: [{ id: 'from-the-other-pc' } as never], changeRunning: false } });
    await useWizardStore.getState().loadAppInfo();
    await useWizardStore.getState().selectScenario('b');
    expect(bridge.selectScenario).toHaveBeenCalledWith('b');
    expect(listChanges).toHaveBeenCalledOnce();
    expect(useWizardStore.getState().changes).toEqual({ kind: 'ok', entries: [], changeRunning: false });
    const boot = useWizardStore.getState().boot;
    expect(boot.kind === 'ready' && boot.info.activeScenarioId).toBe('b');
  });
});

describe('pageOf', () => {
  it('clamps the page into range and slices', () => {
    const items = Array.from({ length: 60 }, (_, i) => i);
    expect(pageOf(items, 0, 25)).toEqual({ items: items.slice(0, 25), page: 0, pages: 3 });
    expect(pageOf(items, 9, 25)).toEqual({ items: items.slice(50), page: 2, pages: 3 });
    expect(pageOf([], 3, 25)).toEqual({ items: [], page: 0, pages: 1 });
  });
});

describe('fix flow guards', () => {
  it('ignores fix actions on a step they do not belong to', async () => {
    const { bridge } = installBridge(async () => ({ kind: 'completed', result }));
    const extra = bridge as unknown as Record<string, ReturnType<typeof vi.fn>>;
    extra.applyFix = vi.fn();
    extra.planFix = vi.fn();
    const before = useWizardStore.getState().step;
    await useWizardStore.getState().applyFix();
    await useWizardStore.getState().reviewFix();
    await useWizardStore.getState().undoAppliedFix();
    useWizardStore.getState().setConfirmed(true);
    useWizardStore.getState().chooseAnotherFix();
    expect(useWizardStore.getState().step).toBe(before);
    expect(extra.applyFix).not.toHaveBeenCalled();
    expect(extra.planFix).not.toHaveBeenCalled();
  });

  it('does not apply until the plan is confirmed', async () => {
    const { bridge } = installBridge(async () => ({ kind: 'completed', result }));
    const extra = bridge as unknown as Record<string, ReturnType<typeof vi.fn>>;
    extra.applyFix = vi.fn();
    extra.planFix = vi.fn(async () => ({
      ok: true,
      value: {
        kind: 'plan',
        elevated: true,
        plan: {
          request: { action: 'method-1' },
          steps: [],
          backup: [],
          warnings: [],
          undoable: true,
          restart: 'none',
          affectedFiles: [],
          summary: { key: 'app.title' },
        },
      },
    }));
    useWizardStore.setState({ step: { kind: 'choose-fix', symptom: 'error-on-others', result, selectedAction: 'method-1' } });
    await useWizardStore.getState().reviewFix();
    const step = useWizardStore.getState().step;
    expect(step.kind === 'confirm' && step.plan?.kind).toBe('plan');
    await useWizardStore.getState().applyFix();
    expect(extra.applyFix).not.toHaveBeenCalled();
    useWizardStore.getState().setConfirmed(true);
    extra.applyFix.mockResolvedValue({ ok: true, value: { kind: 'refused', refusal: { reason: 'busy', message: { key: 'plan.refusal.busy' } } } });
    await useWizardStore.getState().applyFix();
    expect(extra.applyFix).toHaveBeenCalledWith({ action: 'method-1' }, 'host');
    expect(useWizardStore.getState().step.kind).toBe('outcome');
  });
});
