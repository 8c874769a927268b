import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Scenario } from '../../../../shared/simulated-host/scenario';
import { bundleTypeScript } from '../../../cli/typescript-launcher.mjs';
import { createCommandRunner, type CommandRunnerOptions } from '../../commands/command-runner';
import { createSimulatedHost, type SimulatedHostOptions } from '../simulated-host';

let fakeModule: Promise<string> | null = null;

/** The fake commands' bundle, built once per test process. */
export function fakeCommandModule(): Promise<string> {
  fakeModule ??= bundleTypeScript('electron/host/simulated-host/fake-command.ts', 'fake-command');
  return fakeModule;
}

/** A simulated PC in a fresh folder, and a real command runner pointed at its fake executables. */
export async function simulatedPc(scenario: Scenario, runnerOptions: Partial<CommandRunnerOptions> = {}, hostOptions: Partial<SimulatedHostOptions> = {}) {
  const host = createSimulatedHost({
    scenario,
    directory: mkdtempSync(path.join(tmpdir(), 'wgd-host-')),
    fakeCommandModule: await fakeCommandModule(),
    ...hostOptions,
  });
  const runner = createCommandRunner({ binDirectory: host.binDirectory, env: host.env, launch: host.launch, ...runnerOptions });
  return { host, runner };
}
