// A recording stand-in for the `electron` module, for running the *built* main process and preload
// under plain Node (the Electron binary cannot run in the test environment). It records what the app
// asks of Electron and lets the wiring harness fire the events Electron would fire. Where Electron
// itself refuses something (a window before `ready`, a second handler for a channel, a value that
// cannot be structured-cloned across IPC), the stand-in refuses it the same way, so a wiring mistake
// fails here as it would in the real app. Behaviour follows the Electron API docs:
//   app:            https://www.electronjs.org/docs/latest/api/app
//   BrowserWindow:  https://www.electronjs.org/docs/latest/api/browser-window
//   webContents:    https://www.electronjs.org/docs/latest/api/web-contents (loadFile → url.format)
//   ipcMain:        https://www.electronjs.org/docs/latest/api/ipc-main
//   session:        https://www.electronjs.org/docs/latest/api/session
//   contextBridge:  https://www.electronjs.org/docs/latest/api/context-bridge
//   ipcRenderer:    https://www.electronjs.org/docs/latest/api/ipc-renderer
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:url';

/** Everything the app asked of Electron, for the harness to report. */
export const recorded = {
  /** In call order: `app.enableSandbox`, `app.quit`, … with whether the app was ready at the time. */
  appCalls: [],
  /** Every ipcMain registration, whatever the method (only `handle` is expected). */
  ipcMainRegistrations: [],
  /** `session.defaultSession.set…Handler` calls: handler name → the handler. */
  permissionHandlers: {},
  /** `contextBridge.expose…` calls: { world, key, api }. */
  exposed: [],
  /** ipcRenderer calls made by the preload: { method, channel, args }. */
  ipcRendererCalls: [],
  /** dialog.showErrorBox calls: { title, content }. */
  errorBoxes: [],
};

/** How the harness sets up this Electron before the app's main module runs. */
export const configuration = {
  /** What app.getAppPath() answers: the folder of the app's package.json (or app.asar). */
  appPath: process.cwd(),
  /** What app.requestSingleInstanceLock() answers (false: another instance already runs). */
  singleInstanceLock: true,
  /** What app.getPreferredSystemLanguages() answers: a Thai Windows that also lists English. */
  preferredSystemLanguages: ['th-TH', 'en-US'],
};

class App extends EventEmitter {
  #ready = false;
  #markReady;
  #whenReady = new Promise((resolve) => {
    this.#markReady = resolve;
  });

  #record(method) {
    recorded.appCalls.push({ method, ready: this.#ready });
  }

  isReady() {
    return this.#ready;
  }

  whenReady() {
    this.#record('whenReady');
    return this.#whenReady;
  }

  enableSandbox() {
    this.#record('enableSandbox');
    if (this.#ready) throw new Error('app.enableSandbox() can only be called before app is ready');
  }

  requestSingleInstanceLock() {
    this.#record('requestSingleInstanceLock');
    return configuration.singleInstanceLock;
  }

  quit() {
    this.#record('quit');
  }

  getAppPath() {
    return configuration.appPath;
  }

  /** As Electron: the version in the app's package.json. */
  getVersion() {
    return JSON.parse(readFileSync(path.join(configuration.appPath, 'package.json'), 'utf8')).version;
  }

  getPreferredSystemLanguages() {
    return [...configuration.preferredSystemLanguages];
  }

  /** The harness's part: Electron has finished starting. */
  fireReady() {
    this.#ready = true;
    this.emit('ready', { preventDefault() {} }, {});
    this.#markReady();
  }
}

export const app = new App();

/** A frame as Electron's WebFrameMain describes it: its URL and its parent (null for a top frame). */
class MainFrame {
  url = '';
  parent = null;
}

let nextWebContentsId = 1;

class WebContents extends EventEmitter {
  id = nextWebContentsId++;
  mainFrame = new MainFrame();
  /** What the main process sent to the page: { channel, args }. */
  sent = [];
  /** Every URL the app asked this contents to load, as passed to loadURL. */
  loadRequests = [];
  /** How each load ended: { url, committed, fileRead } or { url, failed }. */
  loadOutcomes = [];
  /** One promise per load, settled when it commits or fails (never rejected), for the harness to await. */
  loadsSettled = [];
  windowOpenHandler = null;
  #owner;

  constructor(owner) {
    super();
    this.#owner = owner;
  }

  isDestroyed() {
    return this.#owner.isDestroyed();
  }

  /** Messages cross to the page structured-cloned and asynchronously, as Electron's IPC does. */
  send(channel, ...args) {
    if (this.isDestroyed()) throw new Error('Object has been destroyed');
    const cloned = structuredClone(args);
    this.sent.push({ channel, args: cloned });
    setImmediate(() => pageOf(this)?.deliver(channel, cloned));
  }

  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }

  /** Electron's own implementation: the path is resolved against the app and turned into a URL with url.format. */
  loadFile(filePath, options = {}) {
    if (typeof filePath !== 'string') throw new TypeError('Must pass filePath as a string');
    const { query, search, hash } = options;
    return this.loadURL(format({ protocol: 'file', slashes: true, pathname: path.resolve(configuration.appPath, filePath), query, search, hash }));
  }

  /**
   * Chromium's part, for file: URLs: the URL is canonicalized (the WHATWG parser does the same for
   * these), the file it names is read with its %XX escapes decoded, and the navigation commits
   * (did-navigate with the canonical URL, then did-finish-load) or fails (did-fail-load, rejected).
   */
  loadURL(url) {
    this.loadRequests.push(url);
    const load = new Promise((resolve, reject) => {
      setImmediate(() => {
        let committed;
        let fileRead;
        try {
          committed = new URL(url).href;
          fileRead = committed.startsWith('file:') ? fileChromiumReads(committed) : undefined;
          if (fileRead !== undefined && !existsSync(fileRead)) throw new Error(`ERR_FILE_NOT_FOUND: ${fileRead}`);
        } catch (error) {
          this.loadOutcomes.push({ url, failed: String(error.message) });
          this.emit('did-fail-load', { preventDefault() {} }, -6, 'ERR_FILE_NOT_FOUND', url, true);
          reject(new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}'`));
          return;
        }
        this.mainFrame.url = committed;
        this.loadOutcomes.push({ url, committed, fileRead });
        this.emit('did-navigate', { preventDefault() {} }, committed, 200, 'OK');
        this.emit('did-finish-load', { preventDefault() {} });
        this.#owner.emit('ready-to-show', { preventDefault() {} });
        resolve();
      });
    });
    this.loadsSettled.push(
      load.then(
        () => undefined,
        () => undefined,
      ),
    );
    return load;
  }
}

/**
 * The file Chromium opens for a file: URL: the path with each well-formed %XX escape decoded to its
 * byte, read as UTF-8; a "%" not followed by two hex digits stays as it is. (Node's fileURLToPath
 * rejects such a "%" instead, which Chromium does not.)
 */
export function fileChromiumReads(fileUrl) {
  const { host, pathname } = new URL(fileUrl);
  if (host !== '') throw new Error(`a file URL with a host (${host}) names a network share`);
  const bytes = [];
  for (let index = 0; index < pathname.length; index++) {
    const escape = /^%[0-9A-Fa-f]{2}/.exec(pathname.slice(index, index + 3));
    if (escape) {
      bytes.push(Number.parseInt(escape[0].slice(1), 16));
      index += 2;
    } else {
      bytes.push(pathname.charCodeAt(index));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Every BrowserWindow the app created, in order. */
export const windows = [];

export class BrowserWindow extends EventEmitter {
  options;
  webContents;
  /** show(), focus(), restore(), … in call order. */
  calls = [];
  minimized = false;
  #destroyed = false;

  constructor(options = {}) {
    if (!app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
    super();
    this.options = options;
    this.webContents = new WebContents(this);
    windows.push(this);
    app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
  }

  loadFile(filePath, options) {
    return this.webContents.loadFile(filePath, options);
  }

  loadURL(url, options) {
    return this.webContents.loadURL(url, options);
  }

  isDestroyed() {
    return this.#destroyed;
  }

  isMinimized() {
    return this.minimized;
  }

  restore() {
    this.calls.push('restore');
    this.minimized = false;
  }

  focus() {
    this.calls.push('focus');
  }

  show() {
    this.calls.push('show');
  }

  /** The harness's part: the user closed the window. */
  close() {
    this.#destroyed = true;
    this.emit('closed');
  }
}

/** Handlers registered with ipcMain.handle, by channel. */
export const ipcHandlers = new Map();

function recordIpcMain(method, channel) {
  recorded.ipcMainRegistrations.push({ method, channel });
}

export const ipcMain = {
  handle(channel, handler) {
    recordIpcMain('handle', channel);
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  },
  // Recorded only: the app is expected to use none of them.
  ...Object.fromEntries(['handleOnce', 'on', 'once', 'addListener', 'prependListener'].map((method) => [method, (channel) => recordIpcMain(method, channel)])),
};

const defaultSession = Object.fromEntries(
  ['setPermissionRequestHandler', 'setPermissionCheckHandler', 'setDevicePermissionHandler'].map((name) => [
    name,
    (handler) => {
      recorded.permissionHandlers[name] = handler;
    },
  ]),
);

export const session = {
  get defaultSession() {
    if (!app.isReady()) throw new Error('session module can only be used when app is ready');
    return defaultSession;
  },
};

export const dialog = {
  showErrorBox(title, content) {
    recorded.errorBoxes.push({ title, content });
  },
};

// ---- The renderer side: what a preload sees of Electron, and the page it runs in. ----

/** The page a preload runs in: its window's contents, and the listeners the preload added. */
class Page {
  listeners = new Map();

  constructor(contents) {
    this.contents = contents;
  }

  deliver(channel, args) {
    const event = { sender: ipcRenderer, senderId: 0, ports: [] };
    for (const listener of this.listeners.get(channel) ?? []) listener(event, ...args);
  }
}

let currentPage = null;

function pageOf(contents) {
  return currentPage?.contents === contents ? currentPage : null;
}

/** The harness's part: the preload about to run belongs to this window's page. */
export function openPage(window) {
  currentPage = new Page(window.webContents);
  return currentPage;
}

function recordRenderer(method, channel, args) {
  recorded.ipcRendererCalls.push({ method, channel, args: args.map((arg) => (typeof arg === 'function' ? '[function]' : arg)) });
}

export const ipcRenderer = {
  /** Arguments and result are structured-cloned; the main process sees the page's contents and top frame. */
  async invoke(channel, ...args) {
    recordRenderer('invoke', channel, args);
    const cloned = structuredClone(args);
    const handler = ipcHandlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    const contents = currentPage?.contents;
    const event = { sender: contents, senderFrame: contents?.mainFrame ?? null, processId: process.pid, frameId: 1 };
    try {
      return structuredClone(await handler(event, ...cloned));
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${error}`);
    }
  },
  on(channel, listener) {
    recordRenderer('on', channel, [listener]);
    if (!currentPage) return this;
    if (!currentPage.listeners.has(channel)) currentPage.listeners.set(channel, new Set());
    currentPage.listeners.get(channel).add(listener);
    return this;
  },
  removeListener(channel, listener) {
    recordRenderer('removeListener', channel, [listener]);
    currentPage?.listeners.get(channel)?.delete(listener);
    return this;
  },
  // Recorded only: the preload is expected to use none of them.
  ...Object.fromEntries(
    ['send', 'sendSync', 'sendToHost', 'postMessage', 'once', 'off', 'addListener', 'removeAllListeners'].map((method) => [
      method,
      (channel, ...args) => {
        recordRenderer(method, channel, args);
      },
    ]),
  ),
};

export const contextBridge = {
  exposeInMainWorld(key, api) {
    recorded.exposed.push({ world: 'main', key, api });
    if (recorded.exposed.filter((entry) => entry.world === 'main' && entry.key === key).length > 1) {
      throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    }
  },
  exposeInIsolatedWorld(worldId, key, api) {
    recorded.exposed.push({ world: worldId, key, api });
  },
};

/** What `require('electron')` gives a sandboxed preload: the renderer modules only. */
export const rendererModules = { contextBridge, ipcRenderer };
