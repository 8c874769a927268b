import type { ApiHandlers, AppInfo, EventSink } from '../../shared/ipc/contract';
import type { Scenario } from '../../shared/simulated-host/scenario';
import { ApiFailure } from '../../shared/ipc/envelope';
import { decideAppMode } from './app-mode';
import { createCommandRunner } from './commands/command-runner';
import type { CommandLog } from './commands/command-log';
import { defaultSystem32Directory } from './commands/windows-programs';
import { createDemoMachine, type DemoMachine } from './demo/demo-machine';
import { createScanService } from './scan/scan-service';

export interface AppServiceOptions {
  readonly version: string;
  readonly platform: NodeJS.Platform;
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly log: CommandLog;
  /** The app's own folder for demo state, journals and backups. */
  readonly dataDirectory: string;
  /** The bundled fake Windows commands (demo mode). */
  readonly fakeCommandModule: string;
  /** The executable that runs the fakes as Node (Electron sets ELECTRON_RUN_AS_NODE for it). */
  readonly nodeExecutable: string;
  readonly emit: EventSink;
  /** Demo mode's scenarios, when not the built-in ones (a trainer's own, or a test's). */
  readonly demoScenarios?: readonly Scenario[];
}

/**
 * Everything the main process does, assembled from plain Node parts. Electron's bootstrap and the
 * browser test harness both build the app from here, so the tests exercise the handlers users get.
 */
export function createAppServices(options: AppServiceOptions): { handlers: ApiHandlers; demo: DemoMachine | null } {
  const { mode, demoReason } = decideAppMode(options.platform, options.argv, options.env);
  options.log.info(`Workgroup Doctor ${options.version} in ${mode} mode on ${options.platform}`);
  const demo =
    mode === 'demo'
      ? createDemoMachine({
          dataDirectory: options.dataDirectory,
          fakeCommandModule: options.fakeCommandModule,
          nodeExecutable: options.nodeExecutable,
          log: options.log,
          ...(options.demoScenarios ? { scenarios: options.demoScenarios } : {}),
        })
      : null;
  const liveRunner = mode === 'live' ? createCommandRunner({ binDirectory: defaultSystem32Directory(options.env), log: options.log }) : null;
  const scans = createScanService({
    runner: () => (demo ? demo.runner() : liveRunner!),
    scenarioId: () => demo?.activeScenario().id ?? null,
    emit: options.emit,
    log: options.log,
  });

  const appInfo = (): AppInfo => ({
    version: options.version,
    platform: options.platform,
    mode,
    demoReason,
    scenarios: demo?.scenarios ?? [],
    activeScenarioId: demo?.activeScenario().id ?? null,
  });

  const handlers: ApiHandlers = {
    getAppInfo: appInfo,
    selectScenario(scenarioId) {
      if (!demo) throw new ApiFailure('not-allowed-now', 'Scenarios exist only in demo mode.');
      if (scans.isScanning()) throw new ApiFailure('not-allowed-now', 'Wait for the scan to finish before switching scenarios.');
      if (!demo.select(scenarioId)) throw new ApiFailure('invalid-arguments', `There is no scenario "${scenarioId}".`);
      return appInfo();
    },
    runScan: (request) => scans.runScan(request),
    cancelScan: () => scans.cancelScan(),
  };
  return { handlers, demo };
}
