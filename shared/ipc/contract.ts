import type { CommandFailure } from '../commands/command-failure';
import type { Diagnosis } from '../diagnosis/diagnose';
import type { PcRole } from '../diagnosis/finding';
import type { RemoteCheck } from '../diagnosis/remote-check';
import { SOURCE_IDS, type HostReadings, type SourceId } from '../diagnosis/readings';
import type { Envelope } from './envelope';
import type { FixPlan, Refusal } from '../fixes/fix-plan';
import type { FixRequest } from '../fixes/fix-request';
import type { ReportFile } from '../report/report-file';
import type { CommandRecord } from '../fixes/command-record';
import type { JournalEntry } from '../fixes/journal-entry';
import type { MonitorSampleEvent, MonitorStatus } from '../monitor/monitor-events';
import type { ScenarioWords } from '../simulated-host/scenario-text';
import type { MONITOR_START_REQUEST_SCHEMA, REPORT_REQUEST_SCHEMA, SCAN_REQUEST_SCHEMA } from './schemas';
import type * as v from 'valibot';

/**
 * The one typed map of everything the renderer may ask of the main process. The preload exposes one
 * function per entry, the main process registers one handler per entry, and both are typed from here;
 * no other file names a channel. The arguments' schemas, which the main process checks every call
 * against, are in schemas.ts (imported here for types only, so the renderer does not bundle them).
 */

/** live: this PC; demo: a simulated PC; collected: outputs saved on another PC (command line only). */
export type AppMode = 'live' | 'demo' | 'collected';
export type DemoReason = 'not-windows' | 'requested';

/** A demo PC as the picker lists it, with its words in every language it has (see scenarioText). */
export interface ScenarioSummary extends ScenarioWords {
  readonly id: string;
}

export interface AppInfo {
  readonly version: string;
  /** Node's process.platform of the main process. */
  readonly platform: string;
  readonly mode: AppMode;
  /** Why the app is in demo mode (null in live mode). */
  readonly demoReason: DemoReason | null;
  /** Demo mode: the scenarios to pick from, and the one in use. Empty / null in live mode. */
  readonly scenarios: readonly ScenarioSummary[];
  readonly activeScenarioId: string | null;
  /** The app was started again as an administrator to scan at once, as this role; null otherwise. */
  readonly startScanAs: PcRole | null;
  /**
   * The display languages of the system the app runs on, best first, as BCP 47 tags (Windows' own list
   * in the window; the server's locale in browser mode). The page speaks the best of them it has.
   */
  readonly systemLanguages: readonly string[];
}

export type ScanRequest = Readonly<v.InferOutput<typeof SCAN_REQUEST_SCHEMA>>;

/** How often the monitor polls, and whether it goes on from a pause. */
export type MonitorStartRequest = Readonly<v.InferOutput<typeof MONITOR_START_REQUEST_SCHEMA>>;

/** Which report to make: its format, and whether names and addresses are hidden (for sending it to someone else). */
export type ReportRequest = Readonly<v.InferOutput<typeof REPORT_REQUEST_SCHEMA>>;

export interface ScanResult {
  readonly readings: HostReadings;
  readonly diagnosis: Diagnosis;
  readonly durationMs: number;
  /** ISO time the scan finished. */
  readonly finishedAt: string;
  /** The demo scenario scanned, null for this PC. */
  readonly scenarioId: string | null;
}

export type ScanOutcome = { readonly kind: 'completed'; readonly result: ScanResult } | { readonly kind: 'cancelled' };

export type ScanSourceStatus = 'running' | 'ok' | 'failed' | 'cancelled' | 'not-applicable';

export interface ScanProgressEvent {
  readonly source: SourceId | 'elevation';
  readonly status: ScanSourceStatus;
  readonly durationMs?: number;
  readonly failure?: CommandFailure;
}

export type Refused = { readonly kind: 'refused'; readonly refusal: Refusal };

/** A fix's plan, checked against the last scan; `elevated` says whether applying can work now. */
export type PlanResponse = { readonly kind: 'plan'; readonly plan: FixPlan; readonly elevated: boolean | null } | Refused;

/**
 * What applying did (see entry.status), with the scans before and after it for the comparison, and the
 * commands it ran for technicians (kept in memory and the log, never in the journal).
 */
export type ApplyResponse =
  | { readonly kind: 'ran'; readonly entry: JournalEntry; readonly commands: readonly CommandRecord[]; readonly before: ScanResult; readonly after: ScanResult }
  | Refused;

export type UndoResponse =
  { readonly kind: 'ran'; readonly entries: readonly JournalEntry[]; readonly commands: readonly CommandRecord[]; readonly after: ScanResult } | Refused;

/**
 * The journal of changes, or why it cannot be read (it is then kept untouched). changeRunning: some
 * process is changing this PC right now; otherwise a change still "applying" was interrupted.
 */
export type ChangesResponse =
  | { readonly kind: 'ok'; readonly entries: readonly JournalEntry[]; readonly changeRunning: boolean }
  | { readonly kind: 'damaged'; readonly path: string; readonly reason: string };

export type ElevationResponse =
  { readonly kind: 'restarting' } | { readonly kind: 'elevated-in-demo' } | { readonly kind: 'not-possible'; readonly reason: string };

export interface FixProgressEvent {
  readonly entryId: string;
  readonly phase: 'backup' | 'read' | 'step' | 'check' | 'rollback' | 'undo' | 'restore' | 'done';
  readonly status: 'running' | 'ok' | 'failed';
  readonly step?: number;
  readonly steps?: number;
}

/** Operations: name → (arguments) → value. Arguments must be plain data (structured-clone safe). */
export interface ApiOperations {
  getAppInfo(): AppInfo;
  /** Demo mode only: switch the simulated PC. */
  selectScenario(scenarioId: string): AppInfo;
  /** Reads this PC (or the demo scenario) and diagnoses it; one scan at a time. */
  runScan(request: ScanRequest): ScanOutcome;
  /** Stops the running scan, if any; true when one was running. */
  cancelScan(): boolean;
  /** Watches the connections: polls net session and net file every few seconds and sends each sample (monitorSample). */
  startMonitor(request: MonitorStartRequest): MonitorStatus;
  stopMonitor(): MonitorStatus;
  setMonitorInterval(intervalSeconds: number): MonitorStatus;
  /** The plan for a fix, made from the last scan; changes nothing. */
  planFix(request: FixRequest): PlanResponse;
  /** Rescans, re-plans, backs up, applies, records and rescans. */
  applyFix(request: FixRequest, role: PcRole): ApplyResponse;
  listChanges(): ChangesResponse;
  /** Undoes one recorded change, or every undoable one ("all"). */
  undoChange(entryId: string, role: PcRole): UndoResponse;
  /**
   * Starts the app again as an administrator, to scan as `role` at once (in demo mode the simulated PC
   * becomes elevated and the page scans again itself).
   */
  restartElevated(role: PcRole): ElevationResponse;
  /** A report of the last scan and the recorded changes, ready to save; null before a scan. */
  makeReport(request: ReportRequest): ReportFile | null;
  /** Whether another computer answers, and whether it is full (net view \\NAME); changes nothing. */
  checkRemoteComputer(name: string): RemoteCheck;
}

export type OperationName = keyof ApiOperations;
export type OperationArgs<Name extends OperationName> = Parameters<ApiOperations[Name]>;
export type OperationValue<Name extends OperationName> = ReturnType<ApiOperations[Name]>;

export const OPERATION_CHANNELS = {
  getAppInfo: 'wgd:get-app-info',
  selectScenario: 'wgd:select-scenario',
  runScan: 'wgd:run-scan',
  cancelScan: 'wgd:cancel-scan',
  startMonitor: 'wgd:start-monitor',
  stopMonitor: 'wgd:stop-monitor',
  setMonitorInterval: 'wgd:set-monitor-interval',
  planFix: 'wgd:plan-fix',
  applyFix: 'wgd:apply-fix',
  listChanges: 'wgd:list-changes',
  undoChange: 'wgd:undo-change',
  restartElevated: 'wgd:restart-elevated',
  makeReport: 'wgd:make-report',
  checkRemoteComputer: 'wgd:check-remote-computer',
} as const satisfies Record<OperationName, `wgd:${string}`>;

/** Pushes from main to renderer: name → payload. */
export interface ApiEvents {
  scanProgress: ScanProgressEvent;
  monitorSample: MonitorSampleEvent;
  fixProgress: FixProgressEvent;
}

export type EventName = keyof ApiEvents;

export const EVENT_CHANNELS = {
  scanProgress: 'wgd:event:scan-progress',
  monitorSample: 'wgd:event:monitor-sample',
  fixProgress: 'wgd:event:fix-progress',
} as const satisfies Record<EventName, `wgd:event:${string}`>;

/** The sources a scan reports progress for, in display order. */
export const SCAN_PROGRESS_SOURCES: readonly (SourceId | 'elevation')[] = ['elevation', ...SOURCE_IDS];

/** What the preload puts on `window.workgroupDoctor`: one function per operation, one subscriber for events. */
export type WorkgroupDoctorBridge = {
  readonly [Name in OperationName]: (...args: OperationArgs<Name>) => Promise<Envelope<OperationValue<Name>>>;
} & {
  readonly subscribe: <Name extends EventName>(event: Name, listener: (payload: ApiEvents[Name]) => void) => () => void;
};

/** Main-process side: plain async functions, no Electron in sight, so they run under Node in tests. */
export type ApiHandlers = {
  readonly [Name in OperationName]: (...args: OperationArgs<Name>) => Promise<OperationValue<Name>> | OperationValue<Name>;
};

export type EventSink = <Name extends EventName>(event: Name, payload: ApiEvents[Name]) => void;

export const BRIDGE_GLOBAL_NAME = 'workgroupDoctor';
