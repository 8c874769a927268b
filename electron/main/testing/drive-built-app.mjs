// Drives a built Workgroup Doctor (its package.json's main module, and the preload its window names)
// against the recording Electron stand-in, the way Electron would: start, ready, load the page, run
// the preload in it, deliver calls from the page and from elsewhere, second instance, close. It only
// observes; what is right or wrong is decided by the test that reads the report (describe-built-wiring.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, configuration, ipcHandlers, openPage, recorded, rendererModules, windows } from './electron-stand-in.mjs';
import { runSandboxedPreload } from './sandboxed-preload.mjs';

/** Lets every pending callback and promise job run (ordering, not waiting for time to pass). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/**
 * @param {object} brief
 * @param {string} brief.appFolder the folder holding the app's package.json (a checkout, a copy, an extracted app.asar)
 * @param {'first-instance' | 'second-instance'} brief.scenario whether another instance already holds the lock
 * @param {{ operationChannels: Record<string, string>, eventChannels: Record<string, string>, bridgeGlobalName: string }} brief.contract
 * @param {object} report filled in as the run goes, so that a crash still reports what was seen
 */
export async function driveBuiltApp({ appFolder, scenario, contract }, report) {
  const manifest = JSON.parse(readFileSync(path.join(appFolder, 'package.json'), 'utf8'));
  configuration.appPath = appFolder;
  configuration.singleInstanceLock = scenario !== 'second-instance';
  report.mainModule = path.join(appFolder, manifest.main);
  report.version = manifest.version;

  await import(pathToFileURL(report.mainModule).href);
  report.beforeReady = { appCalls: [...recorded.appCalls], appListeners: listenerCounts(app), windows: windows.length };

  app.fireReady();
  await settle();
  for (const window of windows) await Promise.all(window.webContents.loadsSettled);
  // What the app does once a load ended (show the window, or give up) runs in the jobs after it.
  await settle();
  report.afterReady = {
    appCalls: [...recorded.appCalls],
    appListeners: listenerCounts(app),
    ipcMainRegistrations: [...recorded.ipcMainRegistrations],
    permissionHandlers: Object.keys(recorded.permissionHandlers),
    errorBoxes: [...recorded.errorBoxes],
    windows: windows.map(describeWindow),
  };
  const window = windows[0];
  if (!window) return;
  const committedUrl = window.webContents.loadOutcomes[0]?.committed ?? null;

  report.permissions = askPermissions(window);
  report.guard = tryToLeave(window);
  report.learnMore = await openLearnMore(window);
  const page = await runPreload(window, contract);
  report.preload = page.observed;
  if (committedUrl) report.clipboardWrite = askClipboardWrite(window, committedUrl);
  // Without its page loaded or its bridge, the page cannot call: the report already shows why.
  if (!committedUrl || !page.bridge) return;
  const trusted = { sender: window.webContents, senderFrame: { url: committedUrl, parent: null } };
  report.refusals = await sendRefusedCalls(window, trusted, contract);
  report.trustedScan = await runTrustedScan(window, trusted, contract, page.scanProgressReceived);
  report.bridgeAppInfo = await answerOf(() => page.bridge.getAppInfo());
  report.unsubscribe = page.unsubscribeScanProgress();
  report.secondInstance = startSecondInstance(window);
  report.allClosed = closeAllWindows();
}

function listenerCounts(emitter) {
  return Object.fromEntries(emitter.eventNames().map((name) => [String(name), emitter.listenerCount(name)]));
}

function describeWindow(window) {
  return {
    options: JSON.parse(JSON.stringify(window.options)),
    loadRequests: [...window.webContents.loadRequests],
    loadOutcomes: [...window.webContents.loadOutcomes],
    calls: [...window.calls],
    contentsListeners: listenerCounts(window.webContents),
    hasWindowOpenHandler: typeof window.webContents.windowOpenHandler === 'function',
  };
}

/** A "Learn more" link of the page (target="_blank"): answered in the window, opened in the browser. */
async function openLearnMore(window) {
  const before = recorded.openedExternally.length;
  const newWindow = window.webContents.windowOpenHandler?.({ url: 'https://support.microsoft.com/kb/328459', disposition: 'foreground-tab' }) ?? 'no handler';
  await settle();
  return { newWindow, openedExternally: recorded.openedExternally.slice(before) };
}

/** The app's own page asks to write to the clipboard (a Copy button), by request and by check. */
function askClipboardWrite(window, pageUrl) {
  const handlers = recorded.permissionHandlers;
  let request = 'no answer';
  handlers.setPermissionRequestHandler?.(window.webContents, 'clipboard-sanitized-write', (granted) => (request = granted), {
    requestingUrl: pageUrl,
    isMainFrame: true,
  });
  const check =
    handlers.setPermissionCheckHandler?.(window.webContents, 'clipboard-sanitized-write', new URL(pageUrl).origin, {
      requestingUrl: pageUrl,
      isMainFrame: true,
    }) ?? 'no handler';
  return { request, check };
}

/** Camera, a permission check, a USB device: what the app's session answers each. */
function askPermissions(window) {
  const handlers = recorded.permissionHandlers;
  let requestAnswer = 'no answer';
  handlers.setPermissionRequestHandler?.(window.webContents, 'media', (granted) => (requestAnswer = granted), { requestingUrl: 'https://evil.example/' });
  return {
    request: requestAnswer,
    check: handlers.setPermissionCheckHandler?.(window.webContents, 'clipboard-read', 'https://evil.example/', {}) ?? 'no handler',
    device: handlers.setDevicePermissionHandler?.({ deviceType: 'usb', origin: 'https://evil.example' }) ?? 'no handler',
  };
}

/** Navigation, a redirect, a <webview> and a new window, as the page could attempt them. */
function tryToLeave(window) {
  const contents = window.webContents;
  const attempt = (event, ...args) => {
    let prevented = false;
    contents.emit(event, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  };
  return {
    navigationPrevented: attempt('will-navigate', 'https://evil.example/'),
    redirectPrevented: attempt('will-redirect', 'https://evil.example/'),
    webviewPrevented: attempt('will-attach-webview', {}, {}),
    newWindow: contents.windowOpenHandler?.({ url: 'https://evil.example/', disposition: 'new-window' }) ?? 'no handler',
  };
}

/**
 * Runs the preload the window names in its page, then calls each function it exposed. Returns what
 * was seen, the bridge the page got, and the page's scanProgress subscription.
 */
async function runPreload(window, contract) {
  const file = window.options.webPreferences?.preload;
  const observed = { file: file ?? null, required: [], exposed: [], operationCalls: {}, unknownEvents: [] };
  if (!file) return { observed, bridge: null };
  const page = openPage(window);
  observed.required = runSandboxedPreload(file, rendererModules);
  observed.exposed = recorded.exposed.map(({ world, key, api }) => ({
    world,
    key,
    members: Object.fromEntries(Object.entries(api ?? {}).map(([name, value]) => [name, typeof value])),
  }));
  const bridge = recorded.exposed.find((entry) => entry.world === 'main' && entry.key === contract.bridgeGlobalName)?.api;
  if (!bridge) return { observed, bridge: null };

  // Each operation with an argument no operation accepts: its channel is seen, and nothing may run.
  const sentBefore = window.webContents.sent.length;
  for (const name of Object.keys(bridge).filter((key) => key !== 'subscribe')) {
    const callsBefore = recorded.ipcRendererCalls.length;
    const argument = { probe: name };
    const answer = await answerOf(() => bridge[name](argument));
    observed.operationCalls[name] = { argument, ipcRenderer: recorded.ipcRendererCalls.slice(callsBefore), answer };
  }
  observed.sentDuringProbes = window.webContents.sent.slice(sentBefore);

  for (const event of ['no-such-event', '__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
    const callsBefore = recorded.ipcRendererCalls.length;
    let threw = null;
    try {
      bridge.subscribe(event, () => {});
    } catch (error) {
      threw = String(error);
    }
    observed.unknownEvents.push({ event, threw, ipcRenderer: recorded.ipcRendererCalls.slice(callsBefore) });
  }

  const channel = contract.eventChannels.scanProgress;
  const scanProgressReceived = [];
  const callsBefore = recorded.ipcRendererCalls.length;
  const unsubscribe = bridge.subscribe('scanProgress', (...payloads) => scanProgressReceived.push(payloads));
  observed.subscribeCalls = recorded.ipcRendererCalls.slice(callsBefore);
  const forwarder = [...(page.listeners.get(channel) ?? [])].at(-1);
  const unsubscribeScanProgress = () => {
    const before = recorded.ipcRendererCalls.length;
    if (typeof unsubscribe === 'function') unsubscribe();
    return { ipcRenderer: recorded.ipcRendererCalls.slice(before), stillListening: page.listeners.get(channel)?.has(forwarder) ?? false };
  };
  return { observed, bridge, scanProgressReceived, unsubscribeScanProgress };
}

/** What a call resolved to, or what it threw (as data, for the report). */
async function answerOf(call) {
  try {
    return await call();
  } catch (error) {
    return { threw: String(error) };
  }
}

/** Calls the page must not be able to make, or that are malformed: each must be refused, running nothing. */
async function sendRefusedCalls(window, trusted, contract) {
  const pageUrl = trusted.senderFrame.url;
  const other = new BrowserWindow({});
  await other.loadURL(pageUrl);
  const strangers = {
    'a subframe of the app page': { sender: window.webContents, senderFrame: { url: pageUrl, parent: window.webContents.mainFrame } },
    'another window showing the app page': { sender: other.webContents, senderFrame: { url: pageUrl, parent: null } },
    'another file next to the app page': { sender: window.webContents, senderFrame: { url: new URL('other.html', pageUrl).href, parent: null } },
    'a page on the web': { sender: window.webContents, senderFrame: { url: 'https://evil.example/out/renderer/index.html', parent: null } },
    'no frame (it navigated away or closed)': { sender: window.webContents, senderFrame: null },
  };
  const validCalls = { runScan: [{ role: 'host' }], selectScenario: ['win11-healthy'] };
  const malformedCalls = {
    runScan: [[], [{ role: 'admin' }], [{ role: 'host', extra: true }], ['host'], [{ role: 'host' }, 'second'], [null]],
    selectScenario: [[], ['../../etc/passwd'], [42], ['win11-healthy', 'second']],
  };
  const sentBefore = window.webContents.sent.length;
  const calls = [];
  for (const [who, event] of Object.entries(strangers)) {
    for (const [operation, args] of Object.entries(validCalls)) {
      calls.push({ kind: 'untrusted', who, operation, args, answer: await invokeHandler(contract, operation, event, args) });
    }
  }
  for (const [operation, argumentLists] of Object.entries(malformedCalls)) {
    for (const args of argumentLists)
      calls.push({ kind: 'malformed', who: 'the app page', operation, args, answer: await invokeHandler(contract, operation, trusted, args) });
  }
  await settle();
  other.close();
  const appInfoAfter = await invokeHandler(contract, 'getAppInfo', trusted, []);
  return { calls, sentDuring: window.webContents.sent.slice(sentBefore), appInfoAfter };
}

async function invokeHandler(contract, operation, event, args) {
  const handler = ipcHandlers.get(contract.operationChannels[operation]);
  if (!handler) return { noHandler: true };
  return answerOf(() => handler(event, ...args));
}

/** The app page asks for a scan: the demo PC's fake programs run, progress goes to the window. */
async function runTrustedScan(window, trusted, contract, scanProgressReceived) {
  const sentBefore = window.webContents.sent.length;
  const receivedBefore = scanProgressReceived.length;
  const answer = await invokeHandler(contract, 'runScan', trusted, [{ role: 'host' }]);
  await settle();
  let crossesIpc = true;
  try {
    structuredClone(answer);
  } catch {
    crossesIpc = false;
  }
  return {
    senderFrameUrl: trusted.senderFrame.url,
    answer,
    crossesIpc,
    sent: window.webContents.sent.slice(sentBefore),
    pageReceived: scanProgressReceived.slice(receivedBefore),
  };
}

/** Someone starts the app again while its window is minimized. */
function startSecondInstance(window) {
  window.minimized = true;
  const callsBefore = window.calls.length;
  app.emit('second-instance', { preventDefault() {} }, [process.execPath, '.'], process.cwd(), {});
  return { windowCalls: window.calls.slice(callsBefore) };
}

/** The user closes the window; afterwards a second instance must not reach for the closed window. */
function closeAllWindows() {
  const quitsBefore = recorded.appCalls.filter((call) => call.method === 'quit').length;
  for (const window of windows) if (!window.isDestroyed()) window.close();
  app.emit('window-all-closed');
  const quits = recorded.appCalls.filter((call) => call.method === 'quit').length - quitsBefore;
  let secondInstanceAfterClose = 'ok';
  try {
    app.emit('second-instance', { preventDefault() {} }, [process.execPath, '.'], process.cwd(), {});
  } catch (error) {
    secondInstanceAfterClose = String(error);
  }
  return { quits, secondInstanceAfterClose };
}
