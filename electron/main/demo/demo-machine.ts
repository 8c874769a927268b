import { rmSync } from 'node:fs';
import path from 'node:path';
import type { ScenarioSummary } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/simulated-host/scenario';
import { BUILT_IN_SCENARIOS, builtInScenario, DEFAULT_DEMO_SCENARIO_ID } from '../../../shared/simulated-host/scenarios';
import { createSimulatedHost, type SimulatedHost } from '../../simulated-host/simulated-host';
import { createCommandRunner, type CommandRunner } from '../commands/command-runner';
import type { CommandLog } from '../commands/command-log';

/**
 * Demo mode's "PC": a simulated Windows host for the chosen scenario, reached through the same command
 * runner as a real PC, with the fake commands as real child processes.
 */
export interface DemoMachine {
  readonly scenarios: readonly ScenarioSummary[];
  activeScenario(): Scenario;
  select(scenarioId: string): boolean;
  runner(): CommandRunner;
  host(): SimulatedHost;
  /** The demo PC's own folder: its journal and backups live and die with it. */
  dataDirectory(): string;
  /** Stands in for "restart as administrator": the simulated PC now runs the app elevated. */
  elevate(): void;
}

export function createDemoMachine(options: {
  readonly dataDirectory: string;
  readonly fakeCommandModule: string;
  readonly nodeExecutable: string;
  readonly log: CommandLog;
  readonly scenarios?: readonly Scenario[];
  readonly initialScenarioId?: string;
}): DemoMachine {
  const scenarios = options.scenarios ?? BUILT_IN_SCENARIOS;
  const find = (id: string) => scenarios.find((s) => s.id === id) ?? (options.scenarios ? null : builtInScenario(id));
  const directoryOf = (chosen: Scenario) => path.join(options.dataDirectory, 'demo-pc', chosen.id);
  let scenario = find(options.initialScenarioId ?? DEFAULT_DEMO_SCENARIO_ID) ?? scenarios[0]!;
  let current = start(scenario);

  function start(chosen: Scenario): { host: SimulatedHost; runner: CommandRunner } {
    // A demo PC starts as its scenario describes, so the record of its earlier changes goes too.
    rmSync(path.join(directoryOf(chosen), 'journal.json'), { force: true });
    rmSync(path.join(directoryOf(chosen), 'backups'), { recursive: true, force: true });
    const host = createSimulatedHost({
      scenario: chosen,
      directory: directoryOf(chosen),
      fakeCommandModule: options.fakeCommandModule,
      nodeExecutable: options.nodeExecutable,
    });
    options.log.info(`demo mode: simulating "${chosen.title}"`);
    return { host, runner: createCommandRunner({ binDirectory: host.binDirectory, env: host.env, log: options.log, ...(host.launch ? { launch: host.launch } : {}) }) };
  }

  return {
    scenarios: scenarios.map(({ id, title, description }) => ({ id, title, description })),
    activeScenario: () => scenario,
    select(scenarioId) {
      const chosen = find(scenarioId);
      if (!chosen) return false;
      scenario = chosen;
      current = start(chosen);
      return true;
    },
    runner: () => current.runner,
    host: () => current.host,
    dataDirectory: () => directoryOf(scenario),
    elevate: () => current.host.update((state) => ({ ...state, elevated: true })),
  };
}
