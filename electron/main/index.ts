import path from 'node:path';
import { app, BrowserWindow, ipcMain, session, type WebContents } from 'electron';
import { createAppServices } from './app-services';
import { createEventSender, registerIpcHandlers } from './ipc/register-ipc';
import { createFileLog } from './file-log';
import { denyAllPermissions, guardWebContents, mainWindowOptions } from './window/secure-window';

// Every renderer is sandboxed, whatever a window's own options say.
app.enableSandbox();

const mainDirectory = import.meta.dirname;
const log = createFileLog(() => path.join(app.getPath('logs'), 'workgroup-doctor.log'));
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (message) => log.warn(message)));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

function entryUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL;
  return devServer ?? new URL(`file://${path.join(mainDirectory, '../renderer/index.html')}`).href;
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  const window = new BrowserWindow(mainWindowOptions(path.join(mainDirectory, '../preload/index.cjs')));
  mainWindow = window;
  const appContents = (): WebContents | null => (window.isDestroyed() ? null : window.webContents);
  const { handlers } = createAppServices({
    version: app.getVersion(),
    platform: process.platform,
    argv: process.argv,
    env: process.env,
    log,
    dataDirectory: app.getPath('userData'),
    fakeCommandModule: path.join(mainDirectory, 'fake-command.js'),
    nodeExecutable: process.execPath,
    emit: createEventSender(appContents),
    relaunch: { executable: process.execPath, args: process.argv.slice(1), quit: () => app.quit() },
  });
  registerIpcHandlers(ipcMain, handlers, appContents, entryUrl, (message) => log.warn(message));

  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  if (process.env.ELECTRON_RENDERER_URL) await window.loadURL(process.env.ELECTRON_RENDERER_URL);
  else await window.loadFile(path.join(mainDirectory, '../renderer/index.html'));
}
