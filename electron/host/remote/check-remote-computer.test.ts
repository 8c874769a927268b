import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/simulated-host/scenario';
import { builtInScenario } from '../../../shared/simulated-host/scenarios';
import { apiHandlers } from '../api/api-handlers';
import { dispatchCall } from '../api/dispatch-call';
import { dataFolderAt } from '../data-folder';
import { createHost } from '../host';
import { fakeCommandModule } from '../simulated-host/testing/host-fixture';

const silent = { info: () => {}, warn: () => {} };

async function hostOn(machine: { kind: 'simulated'; scenario: Scenario } | { kind: 'collected'; directory: string }) {
  const dataFolder = dataFolderAt(mkdtempSync(path.join(tmpdir(), 'wgd-remote-')));
  return createHost({
    version: '0.0.0-test',
    platform: process.platform,
    env: process.env,
    log: silent,
    dataFolder,
    machine: machine.kind === 'simulated' ? { kind: 'simulated', demoReason: 'requested', scenarios: [machine.scenario] } : machine,
    fakeCommandModule: await fakeCommandModule(),
    nodeExecutable: process.execPath,
  });
}

describe('checking the computer this PC connects to (net view \\\\NAME), through the host API', () => {
  it('the office PC is full (71), the NAS answers, another name is not found (53), a bad name never reaches Windows', async () => {
    const host = await hostOn({ kind: 'simulated', scenario: builtInScenario('win10-client-shares-printer')! });
    expect(await host.checkRemoteComputer('\\\\OFFICE-PC')).toEqual({ kind: 'refused', computer: 'OFFICE-PC', refusal: 'at-limit', systemError: 71 });
    expect(await host.checkRemoteComputer(' nas ')).toMatchObject({ kind: 'answered', computer: 'nas', shares: [{ name: 'Archive' }, { name: 'Scans' }] });
    expect(await host.checkRemoteComputer('NOBODY')).toEqual({ kind: 'refused', computer: 'NOBODY', refusal: 'not-found', systemError: 53 });
    expect(await host.checkRemoteComputer('PC & calc')).toEqual({ kind: 'invalid-name', computer: 'PC & calc', problem: 'shell-character' });
    expect(await host.checkRemoteComputer('')).toMatchObject({ kind: 'invalid-name', problem: 'empty' });
  });

  it('answers the other errors by their number: access denied (5), not reachable (51)', async () => {
    const scenario = {
      ...builtInScenario('win10-client-shares-printer')!,
      remoteComputers: { A: { systemError: 5 }, B: { systemError: 51 }, C: { systemError: 64 } },
    };
    const host = await hostOn({ kind: 'simulated', scenario });
    expect(await host.checkRemoteComputer('A')).toMatchObject({ refusal: 'access-denied', systemError: 5 });
    expect(await host.checkRemoteComputer('B')).toMatchObject({ refusal: 'unreachable', systemError: 51 });
    expect(await host.checkRemoteComputer('C')).toMatchObject({ refusal: 'other-error', systemError: 64 });
  });

  it('a net view that gives no answer to read is a check that failed, not an answer', async () => {
    const scenario = { ...builtInScenario('win10-client-shares-printer')!, faults: { 'net view': { kind: 'missing' as const } } };
    const host = await hostOn({ kind: 'simulated', scenario });
    expect(await host.checkRemoteComputer('OFFICE-PC')).toMatchObject({ kind: 'failed', computer: 'OFFICE-PC', failure: { kind: 'exit-code' } });
  });

  it('outputs saved on another PC cannot reach anything', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'wgd-remote-collected-'));
    writeFileSync(path.join(folder, 'net-share.txt'), 'There are no entries in the list.\r\n');
    const host = await hostOn({ kind: 'collected', directory: folder });
    expect(await host.checkRemoteComputer('OFFICE-PC')).toEqual({ kind: 'not-possible', computer: 'OFFICE-PC' });
  });

  it('is an operation of the IPC contract, its argument checked like every other', async () => {
    const handlers = apiHandlers(await hostOn({ kind: 'simulated', scenario: builtInScenario('win10-client-shares-printer')! }));
    expect(await dispatchCall(handlers, 'checkRemoteComputer', ['OFFICE-PC'])).toMatchObject({ ok: true, value: { kind: 'refused', refusal: 'at-limit' } });
    expect(await dispatchCall(handlers, 'checkRemoteComputer', [42])).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await dispatchCall(handlers, 'checkRemoteComputer', ['x'.repeat(300)])).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/args\[0\] must have at most 256 characters/) },
    });
  });
});
