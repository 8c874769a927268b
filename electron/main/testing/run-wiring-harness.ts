import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BRIDGE_GLOBAL_NAME, EVENT_CHANNELS, OPERATION_CHANNELS } from '../../../shared/ipc/contract';

/**
 * Runs the wiring harness (wiring-harness.mjs) on a built app, in a fresh Node process, and returns
 * its report. The app folder is the folder of the app's package.json: a checkout after
 * `npm run build`, a copy of one (install-built-app-copy.ts), or an extracted app.asar, whose
 * node_modules must be reachable from it as they would be in the installed app.
 */
export async function runWiringHarness(appFolder: string, options: WiringHarnessOptions = {}): Promise<WiringRun> {
  const workFolder = mkdtempSync(path.join(tmpdir(), 'wgd-wiring-'));
  const reportFile = path.join(workFolder, 'report.json');
  const env: NodeJS.ProcessEnv = { ...process.env, WORKGROUP_DOCTOR_DATA_DIR: options.dataFolder ?? path.join(workFolder, 'data') };
  // The app must load its built page, not a dev server a shell may have named.
  delete env.ELECTRON_RENDERER_URL;
  const args = [
    path.join(import.meta.dirname, 'wiring-harness.mjs'),
    '--app',
    appFolder,
    '--scenario',
    options.scenario ?? 'first-instance',
    '--contract',
    JSON.stringify({ operationChannels: OPERATION_CHANNELS, eventChannels: EVENT_CHANNELS, bridgeGlobalName: BRIDGE_GLOBAL_NAME }),
    '--report',
    reportFile,
  ];
  try {
    const { exitCode, output } = await runToEnd(process.execPath, args, env, options.hangAfterMs ?? HANG_AFTER_MS);
    let report: WiringReport;
    try {
      report = JSON.parse(readFileSync(reportFile, 'utf8')) as WiringReport;
    } catch {
      throw new Error(`the wiring harness ended (exit ${exitCode}) without a report:\n${output}`);
    }
    return { report, exitCode, output };
  } finally {
    rmSync(workFolder, { recursive: true, force: true });
  }
}

/**
 * Only a safety net against a hang (a scan runs a dozen child processes, and this machine may be busy
 * with other test runs): a healthy run takes seconds.
 */
const HANG_AFTER_MS = 120_000;

export interface WiringHarnessOptions {
  /** second-instance: another instance already holds the single-instance lock. */
  readonly scenario?: WiringScenario;
  /** The app's data folder (WORKGROUP_DOCTOR_DATA_DIR); a fresh one, removed afterwards, by default. */
  readonly dataFolder?: string;
  readonly hangAfterMs?: number;
}

export type WiringScenario = 'first-instance' | 'second-instance';

export interface WiringRun {
  readonly report: WiringReport;
  readonly exitCode: number | null;
  /** What the harness process printed (the app's log lines among it), for failure messages. */
  readonly output: string;
}

function runToEnd(file: string, args: readonly string[], env: NodeJS.ProcessEnv, hangAfterMs: number): Promise<{ exitCode: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = `${output}${chunk.toString('utf8')}`.slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const hang = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the wiring harness did not finish in ${hangAfterMs / 1000} s:\n${output}`));
    }, hangAfterMs);
    child.once('error', (error) => {
      clearTimeout(hang);
      reject(error);
    });
    child.once('close', (exitCode) => {
      clearTimeout(hang);
      resolve({ exitCode, output });
    });
  });
}

// ---- The report: what the harness saw (see drive-built-app.mjs). ----

export interface AppCall {
  readonly method: string;
  /** Whether Electron was ready when the app called it. */
  readonly ready: boolean;
}

export interface IpcRendererCall {
  readonly method: string;
  readonly channel: string;
  /** Functions are reported as "[function]". */
  readonly args: readonly unknown[];
}

export interface WindowSeen {
  readonly options: { readonly webPreferences?: Readonly<Record<string, unknown>> } & Readonly<Record<string, unknown>>;
  readonly loadRequests: readonly string[];
  /** Committed (with the URL Chromium reports and the file it read) or failed. */
  readonly loadOutcomes: readonly { readonly url: string; readonly committed?: string; readonly fileRead?: string; readonly failed?: string }[];
  /** show, focus, restore … in order. */
  readonly calls: readonly string[];
  readonly contentsListeners: Readonly<Record<string, number>>;
  readonly hasWindowOpenHandler: boolean;
}

export interface SentMessage {
  readonly channel: string;
  readonly args: readonly unknown[];
}

export interface RefusedCall {
  readonly kind: 'untrusted' | 'malformed';
  readonly who: string;
  readonly operation: string;
  readonly args: readonly unknown[];
  readonly answer: unknown;
}

export interface WiringReport {
  readonly appFolder: string;
  readonly scenario: WiringScenario;
  /** Where the run broke off, or null. */
  readonly error: string | null;
  /** Unhandled rejections and uncaught exceptions during the run. */
  readonly unhandled: readonly string[];
  readonly mainModule?: string;
  readonly version?: string;
  readonly beforeReady?: { readonly appCalls: readonly AppCall[]; readonly appListeners: Readonly<Record<string, number>>; readonly windows: number };
  readonly afterReady?: {
    readonly appCalls: readonly AppCall[];
    readonly appListeners: Readonly<Record<string, number>>;
    readonly ipcMainRegistrations: readonly { readonly method: string; readonly channel: string }[];
    readonly permissionHandlers: readonly string[];
    readonly errorBoxes: readonly { readonly title: string; readonly content: string }[];
    readonly windows: readonly WindowSeen[];
  };
  /** What the session answered a camera request, a permission check and a USB device. */
  readonly permissions?: { readonly request: unknown; readonly check: unknown; readonly device: unknown };
  /** What it answered the app's own page asking to write to the clipboard (its Copy buttons). */
  readonly clipboardWrite?: { readonly request: unknown; readonly check: unknown };
  readonly guard?: {
    readonly navigationPrevented: boolean;
    readonly redirectPrevented: boolean;
    readonly webviewPrevented: boolean;
    readonly newWindow: unknown;
  };
  /** A "Learn more" link to a Microsoft page: the window's answer, and what was opened in the browser. */
  readonly learnMore?: { readonly newWindow: unknown; readonly openedExternally: readonly string[] };
  readonly preload?: {
    readonly file: string | null;
    readonly required: readonly string[];
    readonly exposed: readonly { readonly world: string; readonly key: string; readonly members: Readonly<Record<string, string>> }[];
    /** Each bridge operation called with { probe: name }: what reached ipcRenderer, and the answer. */
    readonly operationCalls: Readonly<
      Record<string, { readonly argument: unknown; readonly ipcRenderer: readonly IpcRendererCall[]; readonly answer: unknown }>
    >;
    readonly sentDuringProbes?: readonly SentMessage[];
    readonly unknownEvents: readonly { readonly event: string; readonly threw: string | null; readonly ipcRenderer: readonly IpcRendererCall[] }[];
    readonly subscribeCalls?: readonly IpcRendererCall[];
  };
  readonly refusals?: { readonly calls: readonly RefusedCall[]; readonly sentDuring: readonly SentMessage[]; readonly appInfoAfter: unknown };
  readonly trustedScan?: {
    readonly senderFrameUrl: string;
    readonly answer: unknown;
    /** Whether the answer survives structured cloning, as Electron's IPC requires. */
    readonly crossesIpc: boolean;
    readonly sent: readonly SentMessage[];
    /** What the page's scanProgress listener (subscribed through the bridge) received: each call's arguments. */
    readonly pageReceived: readonly (readonly unknown[])[];
  };
  readonly bridgeAppInfo?: unknown;
  readonly unsubscribe?: { readonly ipcRenderer: readonly IpcRendererCall[]; readonly stillListening: boolean };
  readonly secondInstance?: { readonly windowCalls: readonly string[] };
  readonly allClosed?: { readonly quits: number; readonly secondInstanceAfterClose: string };
}
