import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withPrinterSharing, withRegistryValue, LANMAN_SERVER_PARAMETERS_KEY, LSA_KEY } from '../../../../shared/simulated-host/host-registry';
import type { Scenario } from '../../../../shared/simulated-host/scenario';
import { builtInScenario } from '../../../../shared/simulated-host/scenarios';
import { dataFolderAt } from '../../data-folder';
import { createHost } from '../../host';
import { HOST_STATE_ENV } from '../../simulated-host/fake-command';
import { recordingFakeCommandModule, startedPrograms } from './recording-fake-programs';

const silent = { info: () => {}, warn: () => {} };

/**
 * The client PC of the hand-written journal fixture (shared/fixes/fixtures/journal-v1.json) before the
 * changes it records: the built-in Windows 10 client without RestrictNullSessAccess, which the fixture
 * says did not exist.
 */
export function fixturePcBefore(): Scenario {
  return withRegistryValue(builtInScenario('win10-client-shares-printer')!, LANMAN_SERVER_PARAMETERS_KEY, 'restrictnullsessaccess', null);
}

/**
 * The same PC as the fixture leaves it: what its changes still in effect did, done the way Windows does
 * them (net config server writes the idle time to the registry too).
 */
export function fixturePcAfter(): Scenario {
  let state = fixturePcBefore();
  state = withRegistryValue(state, LSA_KEY, 'RestrictAnonymous', { type: 'REG_DWORD', data: 1 });
  state = withRegistryValue(state, LANMAN_SERVER_PARAMETERS_KEY, 'RestrictNullSessAccess', { type: 'REG_DWORD', data: 1 });
  state = withPrinterSharing(state, 'Canon PIXMA TS5150', false, 'Canon');
  state = withRegistryValue({ ...state, server: { ...state.server, autodisconnectMinutes: 30 } }, LANMAN_SERVER_PARAMETERS_KEY, 'autodisconnect', {
    type: 'REG_DWORD',
    data: 30,
  });
  return state;
}

/**
 * The host on a simulated PC in `state`, in a fresh data folder whose journal holds `journal` exactly as
 * given (bytes), with fake programs that record every process started on the PC.
 */
export async function pcWithJournal(state: Scenario, journal: string | null) {
  const dataDirectory = mkdtempSync(path.join(tmpdir(), 'wgd-journal-pc-'));
  const host = createHost({
    version: '0.0.0-test',
    platform: process.platform,
    env: process.env,
    log: silent,
    dataFolder: dataFolderAt(dataDirectory),
    machine: { kind: 'simulated', demoReason: 'requested', scenarios: [state], keepState: true },
    fakeCommandModule: await recordingFakeCommandModule(),
    nodeExecutable: process.execPath,
  });
  const pc = host.simulated()!;
  if (journal !== null) writeFileSync(pc.folder.journalFile, journal);
  const stateFile = pc.host.env[HOST_STATE_ENV]!;
  return { host, pc, journalFile: pc.folder.journalFile, started: () => startedPrograms(stateFile) };
}
