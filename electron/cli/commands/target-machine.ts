import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HostReadings } from '../../../shared/diagnosis/readings';
import { parseScenario, ScenarioError } from '../../../shared/simulated-host/parse-scenario';
import type { Scenario } from '../../../shared/simulated-host/scenario';
import { BUILT_IN_SCENARIOS, builtInScenario } from '../../../shared/simulated-host/scenarios';
import { createCommandRunner, type CommandRunner } from '../../main/commands/command-runner';
import type { CommandLog } from '../../main/commands/command-log';
import { defaultSystem32Directory } from '../../main/commands/windows-programs';
import { readCollectedFolder, CollectedFolderError } from '../../main/collected/collected-folder';
import { createSimulatedHost, type SimulatedHost } from '../../simulated-host/simulated-host';
import { bundleTypeScript } from '../typescript-launcher.mjs';
import { CliFailure, UsageError } from '../cli-io';

/** Which PC a CLI command works on: this one, a built-in or custom scenario, or a collected folder. */
export type Target = { readonly kind: 'this-pc' } | { readonly kind: 'scenario'; readonly name: string } | { readonly kind: 'folder'; readonly directory: string };

export const TARGET_USAGE = `  --from <dir>          diagnose outputs collected on another PC (see "collect")
  --scenario <name>     use a simulated PC: ${BUILT_IN_SCENARIOS.map((s) => s.id).join(', ')}, or a scenario .json file
  (neither)             this PC`;

export function targetFrom(values: { from?: string | undefined; scenario?: string | undefined }): Target {
  if (values.from !== undefined && values.scenario !== undefined) throw new UsageError('give --from or --scenario, not both.');
  if (values.from !== undefined) return { kind: 'folder', directory: values.from };
  if (values.scenario !== undefined) return { kind: 'scenario', name: values.scenario };
  return { kind: 'this-pc' };
}

/** A PC that commands can run on: this one, or a simulated one that lives until dispose(). */
export interface LiveMachine {
  readonly runner: CommandRunner;
  readonly host: SimulatedHost | null;
  readonly label: string;
  dispose(): void;
}

export async function openMachine(target: Exclude<Target, { kind: 'folder' }>, log: CommandLog, platform = process.platform): Promise<LiveMachine> {
  if (target.kind === 'this-pc') {
    if (platform !== 'win32') {
      throw new CliFailure('this computer does not run Windows, so there is nothing to read here. Use --scenario <name> for a simulated PC, or --from <dir> for outputs collected on a Windows PC.');
    }
    return { runner: createCommandRunner({ binDirectory: defaultSystem32Directory(), log }), host: null, label: 'this PC', dispose: () => {} };
  }
  const scenario = loadScenario(target.name);
  const directory = mkdtempSync(path.join(tmpdir(), 'wgd-simulated-pc-'));
  const host = createSimulatedHost({ scenario, directory, fakeCommandModule: await bundleTypeScript('electron/simulated-host/fake-command.ts', 'fake-command') });
  return {
    runner: createCommandRunner({ binDirectory: host.binDirectory, env: host.env, log, ...(host.launch ? { launch: host.launch } : {}) }),
    host,
    label: `simulated PC "${scenario.title}"`,
    dispose: () => rmSync(directory, { recursive: true, force: true }),
  };
}

export function loadScenario(name: string): Scenario {
  const builtIn = builtInScenario(name);
  if (builtIn) return builtIn;
  if (!name.toLowerCase().endsWith('.json')) {
    throw new UsageError(`there is no scenario "${name}". Built-in scenarios: ${BUILT_IN_SCENARIOS.map((s) => s.id).join(', ')}; or give the path of a scenario .json file.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(name, 'utf8'));
  } catch (error) {
    throw new CliFailure(`cannot read the scenario ${name}: ${(error as Error).message}`);
  }
  try {
    return parseScenario(data, path.basename(name));
  } catch (error) {
    if (error instanceof ScenarioError) throw new CliFailure(error.message);
    throw error;
  }
}

export function readFolder(directory: string): { readings: HostReadings; label: string } {
  try {
    const { readings, meta } = readCollectedFolder(directory);
    return { readings, label: meta.computerName ? `outputs collected on ${meta.computerName}` : `outputs in ${directory}` };
  } catch (error) {
    if (error instanceof CollectedFolderError) throw new CliFailure(error.message);
    throw error;
  }
}
