import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_GLOBAL_NAME, EVENT_CHANNELS, OPERATION_CHANNELS, SCAN_PROGRESS_SOURCES, type OperationName } from '../../../shared/ipc/contract';
import { BUILT_IN_SCENARIOS, DEFAULT_DEMO_SCENARIO_ID } from '../../../shared/simulated-host/scenarios';
import { runWiringHarness, type WiringRun } from './run-wiring-harness';

/** A safety net for a run on a busy machine; a healthy one takes seconds (see run-wiring-harness.ts). */
const RUN_SAFETY_NET_MS = 150_000;

const operations = Object.keys(OPERATION_CHANNELS) as OperationName[];
const defaultScenario = BUILT_IN_SCENARIOS.find((scenario) => scenario.id === DEFAULT_DEMO_SCENARIO_ID)!;

/**
 * The wiring of a built app, checked on its bundles under a recording Electron stand-in: the window's
 * security, the preload's bridge, the IPC registrations with their sender checks, a demo scan end to
 * end, second instances and closing. `appFolder` gives the folder of the app's package.json (it may
 * prepare it first: copy the build somewhere, extract an app.asar); the same checks hold for every layout.
 */
export function describeBuiltAppWiring(layout: string, appFolder: () => string | Promise<string>): void {
  describe(`the built app's wiring: ${layout}`, () => {
    let folder: string;
    let first: WiringRun;
    let second: WiringRun;
    let unstartable: WiringRun;
    let scratch: string | undefined;
    /** A data folder the app cannot use: a file stands where the folder should be. */
    let fileInsteadOfDataFolder: string;

    beforeAll(async () => {
      folder = await appFolder();
      first = await runWiringHarness(folder);
      second = await runWiringHarness(folder, { scenario: 'second-instance' });
      scratch = mkdtempSync(path.join(tmpdir(), 'wgd-wiring-scratch-'));
      fileInsteadOfDataFolder = path.join(scratch, 'data-folder-is-a-file');
      writeFileSync(fileInsteadOfDataFolder, '');
      unstartable = await runWiringHarness(folder, { dataFolder: fileInsteadOfDataFolder });
    }, 3 * RUN_SAFETY_NET_MS);

    afterAll(() => {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    const report = () => first.report;
    const mainWindow = () => report().afterReady!.windows[0]!;
    const inApp = (...parts: string[]) => realpathSync(path.join(folder, ...parts));

    it("starts the package.json's main module and runs it to the end, with no error and no unhandled rejection", () => {
      expect(report().mainModule).toBe(path.join(folder, JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')).main));
      expect(report().error, first.output).toBeNull();
      expect(report().unhandled, first.output).toEqual([]);
    });

    it('enables the sandbox for every renderer and asks for the single-instance lock, before Electron is ready', () => {
      const calls = report().beforeReady!.appCalls;
      expect(calls).toContainEqual({ method: 'enableSandbox', ready: false });
      expect(calls).toContainEqual({ method: 'requestSingleInstanceLock', ready: false });
      expect(report().afterReady!.appCalls.filter((call) => call.method === 'quit')).toEqual([]);
    });

    it('listens once each for second-instance, web-contents-created and window-all-closed', () => {
      expect(report().afterReady!.appListeners).toEqual({ 'second-instance': 1, 'web-contents-created': 1, 'window-all-closed': 1 });
    });

    it('opens one window, isolated and sandboxed, without Node or <webview>', () => {
      expect(report().afterReady!.windows).toHaveLength(1);
      expect(mainWindow().options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
      });
    });

    it("gives the window this app's built preload, out/preload/index.cjs, which exists", () => {
      const preload = String(mainWindow().options.webPreferences?.preload);
      expect(path.isAbsolute(preload)).toBe(true);
      expect(existsSync(preload)).toBe(true);
      expect(realpathSync(preload)).toBe(inApp('out', 'preload', 'index.cjs'));
    });

    it("loads this app's built page, out/renderer/index.html: the file Chromium reads for the URL exists", () => {
      expect(mainWindow().loadRequests).toHaveLength(1);
      const [outcome] = mainWindow().loadOutcomes;
      expect(outcome?.failed, `the window's load of ${outcome?.url} failed`).toBeUndefined();
      expect(existsSync(outcome!.fileRead!)).toBe(true);
      expect(realpathSync(outcome!.fileRead!)).toBe(inApp('out', 'renderer', 'index.html'));
    });

    it('shows the window once it is ready to show', () => {
      expect(mainWindow().calls).toEqual(['show']);
    });

    it('refuses every permission request, permission check and device', () => {
      expect([...report().afterReady!.permissionHandlers].sort()).toEqual([
        'setDevicePermissionHandler',
        'setPermissionCheckHandler',
        'setPermissionRequestHandler',
      ]);
      expect(report().permissions).toEqual({ request: false, check: false, device: false });
    });

    it("blocks navigation, redirects, <webview> and new windows in the window's contents", () => {
      expect(report().guard).toEqual({ navigationPrevented: true, redirectPrevented: true, webviewPrevented: true, newWindow: { action: 'deny' } });
    });

    it('registers one ipcMain.handle per operation of the contract, and nothing else', () => {
      const registered = report().afterReady!.ipcMainRegistrations;
      expect([...registered].sort((a, b) => a.channel.localeCompare(b.channel))).toEqual(
        Object.values(OPERATION_CHANNELS)
          .sort()
          .map((channel) => ({ method: 'handle', channel })),
      );
    });

    it('the preload asks the sandbox for electron only, and exposes exactly one global: the bridge', () => {
      expect(report().preload!.file).toBe(mainWindow().options.webPreferences?.preload);
      expect(report().preload!.required).toEqual(['electron']);
      expect(report().preload!.exposed.map(({ world, key }) => ({ world, key }))).toEqual([{ world: 'main', key: BRIDGE_GLOBAL_NAME }]);
    });

    it('the bridge holds one function per operation, and subscribe', () => {
      const members = report().preload!.exposed[0]!.members;
      expect(Object.keys(members).sort()).toEqual([...operations, 'subscribe'].sort());
      expect(new Set(Object.values(members))).toEqual(new Set(['function']));
    });

    it.each(operations)('the bridge function %s invokes its own channel once with the arguments given, and nothing else', (name) => {
      const call = report().preload!.operationCalls[name]!;
      expect(call.ipcRenderer).toEqual([{ method: 'invoke', channel: OPERATION_CHANNELS[name], args: [call.argument] }]);
    });

    it('arguments no operation accepts, sent through the bridge, are refused as invalid-arguments and run nothing', () => {
      for (const name of operations) {
        expect(report().preload!.operationCalls[name]!.answer, name).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
      }
      expect(report().preload!.sentDuringProbes).toEqual([]);
    });

    it('subscribe refuses events the contract does not name, and listens to nothing for them', () => {
      const unknown = report().preload!.unknownEvents;
      expect(unknown.map(({ event }) => event)).toEqual(['no-such-event', '__proto__', 'toString', 'constructor', 'hasOwnProperty']);
      for (const attempt of unknown) {
        expect(attempt.threw, attempt.event).toMatch(/Unknown event/);
        expect(attempt.ipcRenderer, attempt.event).toEqual([]);
      }
    });

    it("subscribe listens on the event's channel, and what it returns removes that same listener", () => {
      const channel = EVENT_CHANNELS.scanProgress;
      expect(report().preload!.subscribeCalls).toEqual([{ method: 'on', channel, args: ['[function]'] }]);
      expect(report().unsubscribe).toEqual({ ipcRenderer: [{ method: 'removeListener', channel, args: ['[function]'] }], stillListening: false });
    });

    it('a call from the app page reaches the main process through the bridge and answers with an envelope', () => {
      expect(report().bridgeAppInfo).toMatchObject({
        ok: true,
        value: {
          version: report().version,
          mode: 'demo',
          demoReason: 'not-windows',
          activeScenarioId: DEFAULT_DEMO_SCENARIO_ID,
          // Windows' display languages, as Electron reports them, for the page to choose its language from.
          systemLanguages: ['th-TH', 'en-US'],
        },
      });
    });

    it("the app page's scan runs the demo PC's fake programs end to end and answers with the default demo PC's sessions", () => {
      const scan = report().trustedScan!;
      expect(scan.senderFrameUrl).toBe(mainWindow().loadOutcomes[0]!.committed);
      expect(scan.answer).toMatchObject({ ok: true, value: { kind: 'completed', result: { scenarioId: DEFAULT_DEMO_SCENARIO_ID } } });
      const result = (scan.answer as { value: { result: ScannedResult } }).value.result;
      expect(result.diagnosis.sessions).toEqual({
        total: defaultScenario.sessions.length,
        null: defaultScenario.sessions.filter((session) => session.user === '').length,
      });
      const netSession = result.readings.sources['net-session'];
      expect(netSession?.status).toBe('ok');
      for (const session of defaultScenario.sessions) expect(netSession?.text).toContain(`\\\\${session.computer}`);
      expect(scan.crossesIpc).toBe(true);
    });

    it('the scan reports its progress to the window, for every source, and the preload hands it to the page', () => {
      const scan = report().trustedScan!;
      expect(new Set(scan.sent.map((message) => message.channel))).toEqual(new Set([EVENT_CHANNELS.scanProgress]));
      const finished = scan.sent.map((message) => message.args[0] as { source: string; status: string }).filter((progress) => progress.status !== 'running');
      expect(new Set(finished.map((progress) => progress.source))).toEqual(new Set(SCAN_PROGRESS_SOURCES));
      expect(scan.pageReceived).toEqual(scan.sent.map((message) => message.args));
    });

    const strangers = [
      'a subframe of the app page',
      'another window showing the app page',
      'another file next to the app page',
      'a page on the web',
      'no frame (it navigated away or closed)',
    ];
    it.each(strangers)('a call from %s is refused as untrusted-sender', (who) => {
      const calls = report().refusals!.calls.filter((call) => call.who === who);
      expect(calls.map((call) => call.operation)).toEqual(['runScan', 'selectScenario']);
      for (const call of calls) expect(call.answer, call.operation).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    });

    it('malformed arguments from the app page are refused as invalid-arguments', () => {
      const malformed = report().refusals!.calls.filter((call) => call.kind === 'malformed');
      expect(malformed.length).toBeGreaterThanOrEqual(8);
      for (const call of malformed)
        expect(call.answer, `${call.operation}(${JSON.stringify(call.args)})`).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    });

    it('refused calls run nothing: no scan progress was sent and the demo PC was not switched', () => {
      expect(report().refusals!.sentDuring).toEqual([]);
      expect(report().refusals!.appInfoAfter).toMatchObject({ ok: true, value: { activeScenarioId: DEFAULT_DEMO_SCENARIO_ID } });
    });

    it('starting the app again restores and focuses its minimized window', () => {
      expect(report().secondInstance!.windowCalls).toEqual(['restore', 'focus']);
    });

    it('closing the window quits the app, and a later second start does not reach for the closed window', () => {
      expect(report().allClosed).toEqual({ quits: 1, secondInstanceAfterClose: 'ok' });
    });

    it('a second copy started while one runs quits at once, opening no window and registering nothing', () => {
      const { report: late, output } = second;
      expect(late.error, output).toBeNull();
      expect(late.unhandled, output).toEqual([]);
      expect(late.beforeReady!.appCalls.map((call) => call.method)).toEqual(['enableSandbox', 'requestSingleInstanceLock', 'quit']);
      expect(late.afterReady!.appListeners).toEqual({});
      expect(late.afterReady!.windows).toEqual([]);
      expect(late.afterReady!.ipcMainRegistrations).toEqual([]);
    });

    it('when it cannot start (its data folder is a file), it says why in an error box and quits: no hidden window keeps running', () => {
      const { report: failed, output } = unstartable;
      expect(failed.error, output).toBeNull();
      expect(failed.unhandled, output).toEqual([]);
      expect(failed.afterReady!.errorBoxes).toHaveLength(1);
      expect(failed.afterReady!.errorBoxes[0]!.content).toContain(fileInsteadOfDataFolder);
      expect(failed.afterReady!.appCalls.filter((call) => call.method === 'quit')).toEqual([{ method: 'quit', ready: true }]);
    });
  });
}

/** The part of a scan result these checks read. */
interface ScannedResult {
  readonly diagnosis: { readonly sessions: { readonly total: number; readonly null: number } | null };
  readonly readings: { readonly sources: Readonly<Record<string, { readonly status: string; readonly text?: string } | undefined>> };
}
