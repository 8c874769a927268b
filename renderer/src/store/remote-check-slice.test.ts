import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RemoteCheck } from '../../../shared/diagnosis/remote-check';
import type { WorkgroupDoctorBridge } from '../../../shared/ipc/contract';
import { initialRemoteCheck } from './remote-check-slice';
import { useWizardStore } from './wizard-store';

function installBridge(answer: () => Promise<{ ok: true; value: RemoteCheck } | { ok: false; error: { code: string; message: string } }>) {
  const bridge = { checkRemoteComputer: vi.fn(answer) };
  (globalThis as unknown as { workgroupDoctor: WorkgroupDoctorBridge }).workgroupDoctor = bridge as unknown as WorkgroupDoctorBridge;
  return bridge;
}

beforeEach(() => useWizardStore.setState({ remoteCheck: initialRemoteCheck }));
afterEach(() => {
  delete (globalThis as Record<string, unknown>).workgroupDoctor;
});

describe('the check of the computer this PC connects to', () => {
  it('asks with the name typed, says it is checking, then keeps the answer', async () => {
    const full: RemoteCheck = { kind: 'refused', computer: 'OFFICE-PC', refusal: 'at-limit', systemError: 71 };
    let finish!: (value: { ok: true; value: RemoteCheck }) => void;
    const bridge = installBridge(() => new Promise((resolve) => (finish = resolve)));
    useWizardStore.getState().setRemoteName('OFFICE-PC');
    const checking = useWizardStore.getState().checkRemote();
    expect(useWizardStore.getState().remoteCheck).toMatchObject({ running: true, answer: null });
    // A second click while it runs asks nothing more.
    await useWizardStore.getState().checkRemote();
    finish({ ok: true, value: full });
    await checking;
    expect(bridge.checkRemoteComputer).toHaveBeenCalledTimes(1);
    expect(bridge.checkRemoteComputer).toHaveBeenCalledWith('OFFICE-PC');
    expect(useWizardStore.getState().remoteCheck).toEqual({ name: 'OFFICE-PC', running: false, answer: full, error: null });
  });

  it('asks nothing without a name, and says when the call itself failed', async () => {
    const bridge = installBridge(async () => ({ ok: false, error: { code: 'internal', message: 'gone' } }));
    useWizardStore.getState().setRemoteName('   ');
    await useWizardStore.getState().checkRemote();
    expect(bridge.checkRemoteComputer).not.toHaveBeenCalled();
    useWizardStore.getState().setRemoteName('NAS');
    await useWizardStore.getState().checkRemote();
    expect(useWizardStore.getState().remoteCheck).toMatchObject({ running: false, answer: null, error: 'gone' });
  });
});
