import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hasPowerShell } from '../../../shared/simulated-host/host-registry';
import type { Scenario } from '../../../shared/simulated-host/scenario';
import { requestTimelineStart, type SimulatedPcState } from '../../../shared/simulated-host/timeline';
import { WINDOWS_PROGRAMS, type WindowsProgram } from '../commands/windows-programs';
import { HOST_STATE_ENV } from './fake-command';
import { readHostState, writeHostState } from './host-state-file';

export interface SimulatedHost {
  readonly scenario: Scenario;
  /** A folder laid out like System32 with net.exe, reg.exe …; hand it to the command runner. */
  readonly binDirectory: string;
  /** The environment the runner must give the fakes (it says where the simulated PC lives). */
  readonly env: NodeJS.ProcessEnv;
  /**
   * For the runner's `launch` option: a program file in binDirectory is started as Node running the
   * fake-command module. A program the scenario lacks has no file there and stays missing.
   */
  readonly launch: (file: string, args: readonly string[]) => { file: string; args: readonly string[] };
  /** The simulated PC as it is now, with every change the commands made (and its clock, once it lives). */
  state(): SimulatedPcState;
  /** Back to the scenario as it started. */
  reset(): void;
  /** Changes the simulated PC from outside its commands (demo mode's "restart as administrator"). */
  update(change: (state: SimulatedPcState) => SimulatedPcState): void;
  /** A watch began: a scenario with a timeline starts its day, `scale` times faster than real time. */
  startTimeline(scale: number): void;
}

export interface SimulatedHostOptions {
  readonly scenario: Scenario;
  /** A private folder for this host (System32/ and state.json go inside). */
  readonly directory: string;
  /** The built fake-command module (out/main/fake-command.js). */
  readonly fakeCommandModule: string;
  /** The Node (or Electron, with ELECTRON_RUN_AS_NODE) executable that runs the fakes. */
  readonly nodeExecutable?: string;
  /** Keep the state a previous run left (the command line's simulated PC lives across commands). */
  readonly keepState?: boolean;
  readonly baseEnv?: NodeJS.ProcessEnv;
}

/**
 * A simulated Windows PC that the real command runner talks to through real child processes. Every
 * allowlisted program the scenario has gets a file in binDirectory (so a missing one is missing the
 * way it is on Windows), and is started as `node fake-command.js <program> <args…>`: never as a script
 * file, whose `#!` line could not hold a path with a space and which Windows cannot start at all.
 */
export function createSimulatedHost(options: SimulatedHostOptions): SimulatedHost {
  const binDirectory = path.join(options.directory, 'System32');
  const stateFile = path.join(options.directory, 'state.json');
  const node = options.nodeExecutable ?? process.execPath;
  rmSync(binDirectory, { recursive: true, force: true });
  mkdirSync(binDirectory, { recursive: true });
  // A fault keyed by a bare program name ("nbtstat") removes the program; XP has no PowerShell at all.
  const missing = new Set(
    Object.entries(options.scenario.faults ?? {})
      .filter(([command, fault]) => fault.kind === 'missing' && !command.includes(' '))
      .map(([command]) => command),
  );
  if (!hasPowerShell(options.scenario.windows)) missing.add('powershell');
  for (const [program, file] of Object.entries(WINDOWS_PROGRAMS) as [WindowsProgram, string][]) {
    if (missing.has(program)) continue;
    const target = path.join(binDirectory, ...file.split('\\'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `Simulated ${file}: started as node ${path.basename(options.fakeCommandModule)} ${path.basename(target)}\n`);
  }
  if (!options.keepState || !existsSync(stateFile)) writeHostState(stateFile, options.scenario);
  return {
    launch: (file, args) => (existsSync(file) ? { file: node, args: [options.fakeCommandModule, path.basename(file), ...args] } : { file, args }),
    scenario: options.scenario,
    binDirectory,
    env: { ...(options.baseEnv ?? process.env), [HOST_STATE_ENV]: stateFile, ELECTRON_RUN_AS_NODE: '1' },
    state: () => readHostState(stateFile),
    reset: () => writeHostState(stateFile, options.scenario),
    update: (change) => writeHostState(stateFile, change(readHostState(stateFile))),
    startTimeline(scale) {
      const state = readHostState(stateFile);
      const started = requestTimelineStart(state, scale);
      if (started !== state) writeHostState(stateFile, started);
    },
  };
}
