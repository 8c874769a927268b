import type { Translate } from '../../shared/i18n/translate';
import { machineLabel } from '../../shared/machines/machine-label';
import { ScenarioError } from '../../shared/simulated-host/parse-scenario';
import type { Scenario } from '../../shared/simulated-host/scenario';
import { BUILT_IN_SCENARIOS, builtInScenario } from '../../shared/simulated-host/scenarios';
import type { EventSink } from '../../shared/ipc/contract';
import { escapeForTerminal } from '../../shared/text/escape-for-terminal';
import { previewValue } from '../../shared/text/preview-value';
import { CollectedFolderError, createHost, readScenarioFile, resolveDataFolder, type CommandLog, type Host, type MachineChoice } from '../host';
import { CliFailure, UsageError } from './cli-io';

/** What the command line needs from where it runs: given by its entry point, or by a test. */
export interface CliContext {
  readonly version: string;
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  /** The built fake Windows programs a simulated PC (--scenario) runs. */
  readonly fakeCommandModule: () => Promise<string>;
  /** The executable that runs them as Node (this Node, or the app's own executable). */
  readonly nodeExecutable: string;
  /** The built wizard that browser mode serves (out/renderer). */
  readonly rendererDirectory: string;
  /** Resolves when the user asks a long-running command (serve, monitor) to stop: Ctrl+C. */
  untilStopped(): Promise<void>;
}

/** Which PC a command works on: this one, a built-in or custom scenario, or a collected folder. */
export type Target =
  { readonly kind: 'this-pc' } | { readonly kind: 'scenario'; readonly name: string } | { readonly kind: 'folder'; readonly directory: string };

export const TARGET_USAGE = `  --from <dir>          diagnose outputs collected on another PC (see "collect")
  --scenario <name>     use a simulated PC: ${BUILT_IN_SCENARIOS.map((s) => s.id).join(', ')}, or a scenario .json file
                        (it keeps what apply changed, until --reset)
  --reset               with --scenario: start the simulated PC afresh
  (neither)             this PC`;

export function targetFrom(values: { from?: string | undefined; scenario?: string | undefined }): Target {
  if (values.from !== undefined && values.scenario !== undefined) throw new UsageError('give --from or --scenario, not both.');
  if (values.from !== undefined) return { kind: 'folder', directory: values.from };
  if (values.scenario !== undefined) return { kind: 'scenario', name: values.scenario };
  return { kind: 'this-pc' };
}

export interface OpenHostOptions {
  readonly log: CommandLog;
  readonly emit?: EventSink;
  /**
   * Whether the command reads or changes the PC itself. Listing the journal does not, so it works on any
   * computer; reading this PC needs Windows.
   */
  readonly readsPc: boolean;
  /** A simulated PC starts again as its scenario describes (--reset). */
  readonly reset?: boolean;
}

/**
 * The host for one command. A simulated PC keeps its state, journal and backups in the data folder
 * between commands (so apply, changes and undo can be practised one command at a time) until --reset.
 */
export async function openHost(target: Target, context: CliContext, options: OpenHostOptions): Promise<Host> {
  if (target.kind === 'this-pc' && options.readsPc && context.platform !== 'win32') {
    throw new CliFailure(
      'this computer does not run Windows, so there is nothing to read here. Use --scenario <name> for a simulated PC, or --from <dir> for outputs collected on a Windows PC.',
    );
  }
  const machine: MachineChoice =
    target.kind === 'this-pc'
      ? { kind: 'this-pc' }
      : target.kind === 'folder'
        ? { kind: 'collected', directory: target.directory }
        : { kind: 'simulated', demoReason: 'requested', scenarios: [loadScenario(target.name)], keepState: !options.reset };
  try {
    return createHost({
      version: context.version,
      platform: context.platform,
      env: context.env,
      log: options.log,
      dataFolder: resolveDataFolder(context.env, context.platform),
      machine,
      fakeCommandModule: machine.kind === 'simulated' ? await context.fakeCommandModule() : '',
      nodeExecutable: context.nodeExecutable,
      ...(options.emit ? { emit: options.emit } : {}),
    });
  } catch (error) {
    if (error instanceof CollectedFolderError) throw new CliFailure(error.message);
    throw error;
  }
}

/**
 * The PC a command worked on, as its output names it in t's language. The label can quote input (a
 * folder's path, the computer name in a meta.json, a scenario file's title), so it is escaped to stay
 * on its one line.
 */
export function machineName(host: Host, t: Translate): string {
  return escapeForTerminal(machineLabel(host.machine().description, t));
}

function loadScenario(name: string): Scenario {
  const builtIn = builtInScenario(name);
  if (builtIn) return builtIn;
  if (!name.toLowerCase().endsWith('.json')) {
    throw new UsageError(
      `there is no scenario ${previewValue(name)}. Built-in scenarios: ${BUILT_IN_SCENARIOS.map((s) => s.id).join(', ')}; or give the path of a scenario .json file.`,
    );
  }
  try {
    return readScenarioFile(name);
  } catch (error) {
    if (error instanceof ScenarioError) throw new CliFailure(error.message);
    throw error;
  }
}
