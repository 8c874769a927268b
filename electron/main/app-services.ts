import type { ApiHandlers, AppInfo, ElevationResponse, EventSink, ScanResult } from '../../shared/ipc/contract';
import type { Scenario } from '../../shared/simulated-host/scenario';
import { ApiFailure } from '../../shared/ipc/envelope';
import { decideAppMode } from './app-mode';
import { createCommandRunner } from './commands/command-runner';
import type { CommandLog } from './commands/command-log';
import { defaultSystem32Directory } from './commands/windows-programs';
import { createDemoMachine, type DemoMachine } from './demo/demo-machine';
import { relaunchElevated } from './elevation/relaunch-elevated';
import { createFixService } from './fixes/fix-service';
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
  /** Live mode: how this app is started again (Electron's bootstrap knows its executable and quit). */
  readonly relaunch?: { readonly executable: string; readonly args: readonly string[]; readonly quit: () => void };
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
  const runner = () => (demo ? demo.runner() : liveRunner!);
  const scenarioId = () => demo?.activeScenario().id ?? null;
  const scans = createScanService({ runner, scenarioId, emit: options.emit, log: options.log, otherWorkRunning: () => fixes.isBusy() });
  const fixes = createFixService({
    runner,
    scenarioId,
    dataDirectory: () => (demo ? demo.dataDirectory() : options.dataDirectory),
    log: options.log,
    onProgress: (progress) => options.emit('fixProgress', progress),
    lastScan: () => scans.lastResult(),
    otherWorkRunning: () => scans.isScanning(),
  });
  // The scans around a fix become what the user sees, so the next plan starts from them.
  const rememberAfter = <T extends { kind: string; after?: ScanResult }>(response: T): T => {
    if (response.after) scans.remember(response.after);
    return response;
  };

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
      if (fixes.isBusy()) throw new ApiFailure('not-allowed-now', 'Wait for the change to finish before switching scenarios.');
      if (!demo.select(scenarioId)) throw new ApiFailure('invalid-arguments', `There is no scenario "${scenarioId}".`);
      scans.forget();
      return appInfo();
    },
    runScan: (request) => scans.runScan(request),
    cancelScan: () => scans.cancelScan(),
    planFix: (request) => fixes.plan(request),
    applyFix: async (request, role) => rememberAfter(await fixes.apply(request, role)),
    listChanges: () => fixes.changes(),
    undoChange: async (entryId, role) => rememberAfter(await fixes.undo(entryId, role)),
    async restartElevated(): Promise<ElevationResponse> {
      if (demo) {
        demo.elevate();
        options.log.info('demo mode: the simulated PC now runs Workgroup Doctor as an administrator');
        return { kind: 'elevated-in-demo' };
      }
      if (!options.relaunch || !liveRunner) return { kind: 'not-possible', reason: 'This build cannot restart itself; start it with "Run as administrator".' };
      options.log.info('restarting as administrator');
      return relaunchElevated({ runner: liveRunner, ...options.relaunch });
    },
  };
  return { handlers, demo };
}
