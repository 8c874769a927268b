import { setMaxListeners } from 'node:events';
import type { PcRole } from '../../shared/diagnosis/finding';
import type { RemoteCheck } from '../../shared/diagnosis/remote-check';
import type { FixRequest } from '../../shared/fixes/fix-request';
import type {
  AppInfo,
  ApplyResponse,
  ChangesResponse,
  DemoReason,
  ElevationResponse,
  EventSink,
  MonitorStartRequest,
  PlanResponse,
  ReportRequest,
  ScanOutcome,
  ScanProgressEvent,
  ScanRequest,
  ScanResult,
  UndoResponse,
} from '../../shared/ipc/contract';
import { ApiFailure } from '../../shared/ipc/envelope';
import type { MonitorStatus } from '../../shared/monitor/monitor-events';
import type { Scenario } from '../../shared/simulated-host/scenario';
import type { Translate } from '../../shared/i18n/translate';
import { translatorFor } from '../../shared/i18n/translator-for';
import { reportChange } from '../../shared/report/report-changes';
import { reportFile, type ReportFile } from '../../shared/report/report-file';
import type { ReportPcInput } from '../../shared/report/report-model';
import type { CommandLog } from './commands/command-log';
import type { DataFolder } from './data-folder';
import { relaunchElevated } from './elevation/relaunch-elevated';
import { withScanAs } from './elevation/scan-as-argument';
import { createFixService, refused, type RefusedResponse, type UndoPlansResponse } from './fixes/fix-service';
import { collectedPc } from './machines/collected-pc';
import type { Machine } from './machines/machine';
import { createSimulatedPcs, type SimulatedPc, type SimulatedPcs } from './machines/simulated-pcs';
import { thisPc } from './machines/this-pc';
import { englishMachineLabel, machineLabel } from '../../shared/machines/machine-label';
import { createConnectionMonitor } from './monitor/connection-monitor';
import { checkRemoteComputer } from './remote/check-remote-computer';
import { scanMachine } from './scan/scan-machine';
import { demoTimeScale } from './simulated-host/demo-time-scale';
import { BusyError, WorkLock, type WorkKind } from './work-lock';

/** Which PC the host works on. */
export type MachineChoice =
  | { readonly kind: 'this-pc' }
  | {
      readonly kind: 'simulated';
      readonly demoReason: DemoReason;
      /** Scenarios instead of the built-in ones (a trainer's own file, or a test's). */
      readonly scenarios?: readonly Scenario[];
      readonly initialScenarioId?: string;
      /** Keep what earlier runs changed (the command line); the window starts each PC afresh. */
      readonly keepState?: boolean;
    }
  | { readonly kind: 'collected'; readonly directory: string };

export interface HostOptions {
  readonly version: string;
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  readonly log: CommandLog;
  readonly dataFolder: DataFolder;
  readonly machine: MachineChoice;
  /** The built fake Windows programs of a simulated PC, and the executable that runs them as Node. */
  readonly fakeCommandModule: string;
  readonly nodeExecutable: string;
  /** Progress events, to the window or the terminal. */
  readonly emit?: EventSink;
  /** How this app is started again as an administrator (the window knows its executable and how to quit). */
  readonly relaunch?: { readonly executable: string; readonly args: readonly string[]; readonly quit: () => void };
  /** The app was started again as an administrator to scan at once as this role (--scan-as). */
  readonly startScanAs?: PcRole | null;
  /** The system's display languages, best first (see AppInfo.systemLanguages); none known: English. */
  readonly systemLanguages?: readonly string[];
  /** How long a Windows command may run before it is stopped (the runner's default otherwise). */
  readonly commandTimeoutMs?: number;
  readonly now?: () => Date;
}

/**
 * The one headless API of Workgroup Doctor: the window's IPC handlers, the browser mode and the command
 * line all call these, and only these. Scans, changes and demo-PC switches never overlap in one process
 * (WorkLock); a change also holds its PC's change lock, so no other process changes that PC meanwhile.
 */
export interface Host {
  info(): AppInfo;
  /** The PC the operations work on now. */
  machine(): Machine;
  /** Demo mode's simulated PC (null for this PC and for saved outputs). */
  simulated(): SimulatedPc | null;
  selectScenario(scenarioId: string): AppInfo;
  /** Reads the PC and diagnoses it; the result becomes the one fixes are planned from. */
  scan(request: ScanRequest): Promise<ScanOutcome>;
  cancelScan(): boolean;
  /** The last completed scan, or one taken around a change. */
  lastScan(): ScanResult | null;
  plan(request: FixRequest): PlanResponse;
  apply(request: FixRequest, role: PcRole): Promise<ApplyResponse>;
  changes(): Promise<ChangesResponse>;
  /** Scans and shows how a recorded change (or all) would be undone now; changes nothing. */
  planUndo(entryId: string, role: PcRole): Promise<UndoPlansResponse>;
  undo(entryId: string, role: PcRole): Promise<UndoResponse>;
  restartElevated(role: PcRole): Promise<ElevationResponse>;
  /** Watches the PC's connections, sending a monitorSample event per poll, until stopped (or the host is disposed). */
  startMonitor(request: MonitorStartRequest): MonitorStatus;
  stopMonitor(): MonitorStatus;
  setMonitorInterval(intervalSeconds: number): MonitorStatus;
  monitorStatus(): MonitorStatus;
  /** Stops whatever runs on its own (the monitor): the window closed, browser mode or the command stopped. */
  dispose(): void;
  /** The last scan of this PC and its recorded changes, as one PC of a report (null before a scan). */
  reportInput(t: Translate): Promise<ReportPcInput | null>;
  /** A report of this PC from its last scan, ready to save, in the language asked for; null before a scan. */
  report(request: ReportRequest): Promise<ReportFile | null>;
  /** Whether another computer answers, and whether it is full (net view \\NAME); read-only. */
  checkRemoteComputer(name: string): Promise<RemoteCheck>;
}

export function createHost(options: HostOptions): Host {
  const { log } = options;
  const lock = new WorkLock();
  const emit: EventSink = options.emit ?? (() => {});
  const timeScale = demoTimeScale(options.env);
  if (timeScale.problem && options.machine.kind === 'simulated') log.warn(timeScale.problem);
  const simulatedPcs: SimulatedPcs | null =
    options.machine.kind === 'simulated'
      ? createSimulatedPcs({
          dataFolder: options.dataFolder,
          fakeCommandModule: options.fakeCommandModule,
          nodeExecutable: options.nodeExecutable,
          log,
          keepState: options.machine.keepState ?? false,
          timeScale: timeScale.scale,
          ...(options.commandTimeoutMs ? { commandTimeoutMs: options.commandTimeoutMs } : {}),
          ...(options.machine.scenarios ? { scenarios: options.machine.scenarios } : {}),
          ...(options.machine.initialScenarioId ? { initialScenarioId: options.machine.initialScenarioId } : {}),
        })
      : null;
  const fixedMachine: Machine | null =
    options.machine.kind === 'this-pc'
      ? thisPc({ env: options.env, log, folder: options.dataFolder, ...(options.commandTimeoutMs ? { timeoutMs: options.commandTimeoutMs } : {}) })
      : options.machine.kind === 'collected'
        ? collectedPc(options.machine.directory, options.dataFolder)
        : null;
  const machine = (): Machine => simulatedPcs?.active() ?? fixedMachine!;
  const mode = options.machine.kind === 'simulated' ? 'demo' : options.machine.kind === 'collected' ? 'collected' : 'live';
  log.info(`Workgroup Doctor ${options.version} on ${options.platform}: ${englishMachineLabel(machine().description)}`);

  let last: ScanResult | null = null;
  let runningScan: AbortController | null = null;
  const monitor = createConnectionMonitor({ machine, lock, lastScan: () => last, emit: (sample) => emit('monitorSample', sample), log });
  const fixes = createFixService({
    machine,
    scan: (role) => scanMachine(machine(), role),
    log,
    onProgress: (progress) => emit('fixProgress', progress),
    ...(options.now ? { now: options.now } : {}),
  });

  /** A change runs alone; what it scanned afterwards is what the user sees next. */
  async function change<T extends { kind: string; after?: ScanResult }>(work: () => Promise<T | RefusedResponse>): Promise<T | RefusedResponse> {
    try {
      const response = await lock.run('change', work);
      if ('after' in response && response.after) last = response.after;
      return response;
    } catch (error) {
      if (error instanceof BusyError) return refused('busy', error.running === 'scan' ? 'plan.refusal.busy-scanning' : 'plan.refusal.busy');
      throw error;
    }
  }

  /** The last scan and the journal's changes, as one PC of a report (null before a scan). */
  async function reportInput(t: Translate): Promise<ReportPcInput | null> {
    if (!last) return null;
    const scan = last;
    const changes = await fixes.changes(lock.running() === 'change');
    const monitoredPeriod = monitor.period();
    return {
      label: machineLabel(machine().description, t),
      scan,
      changes: changes.kind === 'ok' ? changes.entries.map((entry) => reportChange(entry, t)) : [],
      ...(monitoredPeriod ? { monitoredPeriod } : {}),
    };
  }

  const busyFailure = (error: BusyError, doing: string) => new ApiFailure('not-allowed-now', `${doing} must wait: ${BUSY_WORDS[error.running]} is running.`);

  const info = (): AppInfo => ({
    version: options.version,
    platform: options.platform,
    mode,
    demoReason: options.machine.kind === 'simulated' ? options.machine.demoReason : null,
    scenarios: simulatedPcs?.scenarios ?? [],
    activeScenarioId: simulatedPcs?.active().scenarioId ?? null,
    startScanAs: options.startScanAs ?? null,
    systemLanguages: options.systemLanguages ?? [],
  });

  return {
    info,
    machine,
    simulated: () => simulatedPcs?.active() ?? null,
    lastScan: () => last,

    selectScenario(scenarioId) {
      if (!simulatedPcs) throw new ApiFailure('not-allowed-now', 'Scenarios exist only in demo mode.');
      let release: () => void;
      // The PC being watched is about to be replaced.
      monitor.stop();
      try {
        release = lock.acquire('switch');
      } catch (error) {
        if (error instanceof BusyError) throw busyFailure(error, 'Switching scenarios');
        throw error;
      }
      try {
        if (!simulatedPcs.select(scenarioId)) throw new ApiFailure('invalid-arguments', `There is no scenario "${scenarioId}".`);
        last = null;
        return info();
      } finally {
        release();
      }
    },

    async scan(request) {
      const controller = new AbortController();
      // Every command of the scan listens on this one signal.
      setMaxListeners(64, controller.signal);
      try {
        return await lock.run('scan', async () => {
          runningScan = controller;
          const result = await scanMachine(machine(), request.role, {
            signal: controller.signal,
            onProgress: (progress: ScanProgressEvent) => emit('scanProgress', progress),
          });
          if (controller.signal.aborted) return { kind: 'cancelled' } as const;
          log.info(`scan finished in ${result.durationMs} ms`);
          last = result;
          return { kind: 'completed', result } as const;
        });
      } catch (error) {
        if (error instanceof BusyError) throw busyFailure(error, 'A scan');
        throw error;
      } finally {
        if (runningScan === controller) runningScan = null;
      }
    },

    cancelScan() {
      if (!runningScan) return false;
      log.info('scan cancelled by the user');
      runningScan.abort();
      return true;
    },

    plan: (request) => fixes.plan(request, last),
    apply: (request, role) => change(() => fixes.apply(request, role)),
    changes: () => fixes.changes(lock.running() === 'change'),
    async planUndo(entryId, role) {
      try {
        return await lock.run('scan', () => fixes.planUndo(entryId, role));
      } catch (error) {
        if (error instanceof BusyError) return refused('busy', error.running === 'scan' ? 'plan.refusal.busy-scanning' : 'plan.refusal.busy');
        throw error;
      }
    },
    undo: (entryId, role) => change(() => fixes.undo(entryId, role)),

    reportInput,

    async report(reportOptions) {
      const t = translatorFor(reportOptions.language);
      const pc = await reportInput(t);
      if (!pc) return null;
      return reportFile(
        { appVersion: options.version, generatedAt: (options.now?.() ?? new Date()).toISOString(), anonymize: reportOptions.anonymize, pcs: [pc] },
        reportOptions.format,
        t,
      );
    },

    startMonitor(request) {
      if (!machine().runner) throw new ApiFailure('not-allowed-now', 'Outputs collected on another PC cannot be watched: watch that PC itself.');
      return monitor.start(request);
    },
    stopMonitor: () => monitor.stop(),
    setMonitorInterval: (seconds) => monitor.setInterval(seconds),
    monitorStatus: () => monitor.status(),
    dispose: () => void monitor.stop(),
    checkRemoteComputer: (name) => {
      log.info('checking another computer with net view');
      return checkRemoteComputer(machine(), name);
    },

    async restartElevated(role) {
      if (simulatedPcs) {
        simulatedPcs.elevate();
        log.info('the simulated PC now runs Workgroup Doctor as an administrator');
        return { kind: 'elevated-in-demo' };
      }
      const runner = machine().runner;
      if (!options.relaunch || !runner) return { kind: 'not-possible', reason: 'This build cannot restart itself; start it with "Run as administrator".' };
      log.info('restarting as administrator');
      return relaunchElevated({ runner, ...options.relaunch, args: withScanAs(options.relaunch.args, role) });
    },
  };
}

const BUSY_WORDS: Readonly<Record<WorkKind, string>> = { scan: 'a scan', change: 'a change', switch: 'a switch of demo PC' };
