import { rmSync } from 'node:fs';
import type { ScenarioSummary } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/simulated-host/scenario';
import { BUILT_IN_SCENARIOS, builtInScenario, DEFAULT_DEMO_SCENARIO_ID } from '../../../shared/simulated-host/scenarios';
import { createCommandRunner } from '../commands/command-runner';
import type { CommandLog } from '../commands/command-log';
import type { DataFolder } from '../data-folder';
import { scanHost } from '../scan/scan-host';
import { createSimulatedHost, type SimulatedHost } from '../simulated-host/simulated-host';
import type { Machine } from './machine';

/** A simulated PC as a machine, with the simulated host behind it for demo mode and tests. */
export interface SimulatedPc extends Machine {
  readonly kind: 'simulated';
  readonly scenario: Scenario;
  readonly host: SimulatedHost;
}

/**
 * Demo mode's PCs: one simulated Windows host at a time, reached through the same command runner as a
 * real PC, with the fake commands as real child processes. Each lives in the data folder's
 * simulated/<scenario> folder with its own journal and backups.
 */
export interface SimulatedPcs {
  readonly scenarios: readonly ScenarioSummary[];
  active(): SimulatedPc;
  /** Switches to another scenario; false when there is none by that id. */
  select(scenarioId: string): boolean;
  /** Stands in for "restart as administrator": the simulated PC now runs the app elevated. */
  elevate(): void;
}

export interface SimulatedPcsOptions {
  readonly dataFolder: DataFolder;
  readonly fakeCommandModule: string;
  readonly nodeExecutable: string;
  readonly log: CommandLog;
  /** Scenarios to offer instead of the built-in ones (a trainer's own, or a test's). */
  readonly scenarios?: readonly Scenario[];
  readonly initialScenarioId?: string;
  /**
   * Keep what earlier runs changed (the command line, so that apply, changes and undo can be practised
   * one command at a time). Without it a PC starts as its scenario describes, with an empty journal.
   */
  readonly keepState?: boolean;
  readonly commandTimeoutMs?: number;
  /** How much faster than real time a simulated PC's day runs (see demo-time-scale.ts). */
  readonly timeScale?: number;
}

export function createSimulatedPcs(options: SimulatedPcsOptions): SimulatedPcs {
  const scenarios = options.scenarios ?? BUILT_IN_SCENARIOS;
  const find = (id: string) => scenarios.find((s) => s.id === id) ?? (options.scenarios ? null : builtInScenario(id));
  let current = start(find(options.initialScenarioId ?? DEFAULT_DEMO_SCENARIO_ID) ?? scenarios[0]!);

  function start(scenario: Scenario): SimulatedPc {
    const folder = options.dataFolder.simulatedPc(scenario.id);
    if (!options.keepState) {
      // The record of changes describes the PC it was made on: a PC started afresh starts without it.
      rmSync(folder.journalFile, { force: true });
      rmSync(folder.backupsDirectory, { recursive: true, force: true });
    }
    const host = createSimulatedHost({
      scenario,
      directory: folder.stateDirectory,
      fakeCommandModule: options.fakeCommandModule,
      nodeExecutable: options.nodeExecutable,
      keepState: options.keepState ?? false,
    });
    const runner = createCommandRunner({
      binDirectory: host.binDirectory,
      env: host.env,
      log: options.log,
      launch: host.launch,
      ...(options.commandTimeoutMs ? { timeoutMs: options.commandTimeoutMs } : {}),
    });
    options.log.info(`simulating "${scenario.title}"`);
    return {
      kind: 'simulated',
      description: { kind: 'simulated', scenario },
      scenarioId: scenario.id,
      scenario,
      host,
      folder,
      runner,
      read: (scan) => scanHost(runner, scan),
      watchStarted: () => host.startTimeline(options.timeScale ?? 1),
    };
  }

  return {
    scenarios: scenarios.map(({ id, title, description, translations }) => ({ id, title, description, ...(translations ? { translations } : {}) })),
    active: () => current,
    select(scenarioId) {
      const chosen = find(scenarioId);
      if (!chosen) return false;
      current = start(chosen);
      return true;
    },
    elevate: () => current.host.update((state) => ({ ...state, elevated: true })),
  };
}
