import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasPowerShell } from '../../shared/simulated-host/host-registry';
import type { Scenario } from '../../shared/simulated-host/scenario';
import { WINDOWS_PROGRAMS, type WindowsProgram } from '../main/commands/windows-programs';
import { HOST_STATE_ENV } from './fake-command';
import { readHostState, writeHostState } from './host-state-file';

export interface SimulatedHost {
  readonly scenario: Scenario;
  /** A folder laid out like System32 with fake net.exe, reg.exe …; hand it to the command runner. */
  readonly binDirectory: string;
  /** The environment the runner must give the fakes (it says where the simulated PC lives). */
  readonly env: NodeJS.ProcessEnv;
  /**
   * For the runner's `launch` option where script files cannot be started as programs (Windows):
   * starts Node with the fake-command module instead. A program the scenario lacks stays missing.
   */
  readonly launch: ((file: string, args: readonly string[]) => { file: string; args: readonly string[] }) | undefined;
  /** The simulated PC as it is now, with every change the commands made. */
  state(): Scenario;
  /** Back to the scenario as it started. */
  reset(): void;
  /** Changes the simulated PC from outside its commands (demo mode's "restart as administrator"). */
  update(change: (state: Scenario) => Scenario): void;
}

export interface SimulatedHostOptions {
  readonly scenario: Scenario;
  /** A private folder for this host (bin/ and state.json go inside). */
  readonly directory: string;
  /** The bundled fake-command module (out/…/fake-command.mjs). */
  readonly fakeCommandModule: string;
  /** The Node (or Electron, with ELECTRON_RUN_AS_NODE) executable that runs the fakes. */
  readonly nodeExecutable?: string;
  /** Start the fakes through Node rather than as script files (default: on Windows). */
  readonly launchThroughNode?: boolean;
  readonly baseEnv?: NodeJS.ProcessEnv;
}

/**
 * A simulated Windows PC that the real command runner can talk to through real child processes:
 * every allowlisted program except those the scenario marks missing gets an executable in binDirectory.
 */
export function createSimulatedHost(options: SimulatedHostOptions): SimulatedHost {
  const binDirectory = path.join(options.directory, 'System32');
  const stateFile = path.join(options.directory, 'state.json');
  const node = options.nodeExecutable ?? process.execPath;
  rmSync(binDirectory, { recursive: true, force: true });
  mkdirSync(binDirectory, { recursive: true });
  // The fakes are CommonJS scripts whatever the surrounding project says.
  writeFileSync(path.join(binDirectory, 'package.json'), '{"type":"commonjs"}\n');
  // A fault keyed by a bare program name ("nbtstat") removes the program; XP has no PowerShell at all.
  const missing = new Set(Object.entries(options.scenario.faults ?? {}).filter(([command, fault]) => fault.kind === 'missing' && !command.includes(' ')).map(([command]) => command));
  if (!hasPowerShell(options.scenario.windows)) missing.add('powershell');
  for (const [program, file] of Object.entries(WINDOWS_PROGRAMS) as [WindowsProgram, string][]) {
    if (missing.has(program)) continue;
    const target = path.join(binDirectory, ...file.split('\\'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(
      target,
      `#!${node}\nimport(${JSON.stringify(pathToFileURL(options.fakeCommandModule).href)}).then((m) => m.runFakeCommand(${JSON.stringify(path.basename(target))}, process.argv.slice(2)));\n`,
    );
    chmodSync(target, 0o755);
  }
  writeHostState(stateFile, options.scenario);
  const throughNode = options.launchThroughNode ?? process.platform === 'win32';
  const launch = throughNode
    ? (file: string, args: readonly string[]) => (existsSync(file) ? { file: node, args: [options.fakeCommandModule, path.basename(file), ...args] } : { file, args })
    : undefined;
  return {
    launch,
    scenario: options.scenario,
    binDirectory,
    env: { ...(options.baseEnv ?? process.env), [HOST_STATE_ENV]: stateFile, ELECTRON_RUN_AS_NODE: '1' },
    state: () => readHostState(stateFile),
    reset: () => writeHostState(stateFile, options.scenario),
    update: (change) => writeHostState(stateFile, change(readHostState(stateFile))),
  };
}
