import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, shell, type WebContents } from 'electron';
import { apiHandlers, createFileLog, createHost, resolveDataFolder, scanAsFromArgv, windowMachine } from '../host';
import { createEventSender, registerIpcHandlers } from './ipc/register-ipc';
import { isTrustedSender } from './ipc/trusted-sender';
import { guardDownloads, guardWebContents, mainWindowOptions, restrictPermissions, type IsAppPage } from './window/secure-window';

// Every renderer is sandboxed, whatever a window's own options say.
app.enableSandbox();

const mainDirectory = import.meta.dirname;
const dataFolder = resolveDataFolder();
const log = createFileLog(() => dataFolder.logFile);
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(
      contents,
      (message) => log.warn(message),
      (url) => shell.openExternal(url),
    ),
  );
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start).catch(failedToStart);
}

/**
 * The app's page as a file URL made by Node, every special character of the install folder escaped.
 * Not loadFile: Electron's loadFile builds its URL with url.format, which escapes only "#" and "?", so
 * Chromium reads a "%20" in a folder name ("Workgroup%20Doctor", as downloads are often named) as a
 * space, finds no page, and the window stays empty (electron/electron#11588).
 */
const rendererEntryUrl = pathToFileURL(path.join(mainDirectory, '../renderer/index.html')).href;
/** electron-vite's dev server (`npm run dev`), which serves the page instead. */
const devServerUrl = process.env.ELECTRON_RENDERER_URL || null;
/** The URL Chromium gave the app's page when the window loaded it (read back, not rebuilt). */
let loadedEntryUrl: string | null = null;

/** The page calls are trusted from: as the window really loaded it, else as the URL it was asked to load. */
function entryUrl(): string {
  return devServerUrl ?? loadedEntryUrl ?? rendererEntryUrl;
}

/**
 * The window is created hidden and shown once its page is ready: a start that fails halfway (a data
 * folder that cannot be written, a page missing from a damaged install) would leave a process with no
 * visible window holding the single-instance lock, so that starting the app again only "focuses" it.
 * Say why instead, and quit.
 */
function failedToStart(error: unknown): void {
  log.warn(`could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Workgroup Doctor could not start', `${reason}\n\nThe log: ${dataFolder.logFile}`);
  app.quit();
}

async function start(): Promise<void> {
  const window = new BrowserWindow(mainWindowOptions(path.join(mainDirectory, '../preload/index.cjs')));
  mainWindow = window;
  const appContents = (): WebContents | null => (window.isDestroyed() ? null : window.webContents);
  // Permissions are judged like IPC senders: the app's page, in the top frame of the app's window.
  const isAppPage: IsAppPage = (contents, url, isMainFrame) =>
    isTrustedSender({ frameUrl: url, isTopFrame: isMainFrame, isAppWindow: contents !== null && contents === appContents() }, entryUrl());
  restrictPermissions(session.defaultSession, isAppPage);
  guardDownloads(
    session.defaultSession,
    (contents) => contents === appContents(),
    (message) => log.info(message),
  );
  const host = createHost({
    version: app.getVersion(),
    platform: process.platform,
    env: process.env,
    log,
    dataFolder,
    machine: windowMachine(process.platform, process.argv, process.env),
    // The fake Windows programs of demo mode, run by this app's own executable as Node.
    fakeCommandModule: path.join(mainDirectory, 'fake-command.js'),
    nodeExecutable: process.execPath,
    emit: createEventSender(appContents),
    relaunch: { executable: process.execPath, args: process.argv.slice(1), quit: () => app.quit() },
    startScanAs: scanAsFromArgv(process.argv),
    // Windows' display languages, in the user's order (Settings → Time & language → Language).
    systemLanguages: app.getPreferredSystemLanguages(),
  });
  registerIpcHandlers(ipcMain, apiHandlers(host), appContents, entryUrl, (message) => log.warn(message));

  // The window's first navigation is the app's own page (every later one is blocked): its URL, in
  // Chromium's own spelling, is what the page's calls will carry. Committed before the page's scripts run.
  window.webContents.on('did-navigate', (_event, url) => {
    loadedEntryUrl ??= url;
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
    // Nobody is left to see the monitor's samples.
    host.dispose();
  });
  await window.loadURL(devServerUrl ?? rendererEntryUrl);
}
