import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { OPERATION_CHANNELS } from '../../shared/ipc/contract';

// The Electron binary cannot run here, so the bootstrap is run against a recording stand-in of the
// electron module: what it asserts is what index.ts asks of Electron.
const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const windows: { options: Record<string, unknown>; loaded: string[]; webContents: unknown }[] = [];
  const appEvents = new Map<string, (...args: unknown[]) => void>();
  const session = { request: null as unknown, check: null as unknown, device: null as unknown };
  return { handlers, windows, appEvents, session, sandboxEnabled: false };
});

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class BrowserWindow extends EventEmitter {
    readonly webContents = { id: 1, isDestroyed: () => false, send: vi.fn(), on: vi.fn() };
    constructor(readonly options: Record<string, unknown>) {
      super();
      electron.windows.push({ options, loaded: [], webContents: this.webContents });
    }
    isDestroyed() {
      return false;
    }
    loadFile(file: string) {
      electron.windows.at(-1)!.loaded.push(file);
      return Promise.resolve();
    }
    loadURL(url: string) {
      electron.windows.at(-1)!.loaded.push(url);
      return Promise.resolve();
    }
    show() {}
  }
  return {
    app: {
      enableSandbox: () => {
        electron.sandboxEnabled = true;
      },
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: (...args: unknown[]) => void) => electron.appEvents.set(event, listener),
      whenReady: () => Promise.resolve(),
      getVersion: () => '0.1.0-test',
      getPreferredSystemLanguages: () => ['de-DE', 'en-US'],
      getPath: (name: string) => `/tmp/wgd-index-test/${name}`,
      quit: vi.fn(),
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => electron.handlers.set(channel, handler) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: unknown) => (electron.session.request = h),
        setPermissionCheckHandler: (h: unknown) => (electron.session.check = h),
        setDevicePermissionHandler: (h: unknown) => (electron.session.device = h),
      },
    },
  };
});

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  // The app's data folder (its log, the demo PCs) goes to a private folder, not the user's.
  process.env.WORKGROUP_DOCTOR_DATA_DIR = mkdtempSync(path.join(tmpdir(), 'wgd-index-test-'));
  await import('./index');
  await vi.waitFor(() => expect(electron.windows[0]?.loaded.length).toBe(1));
});

describe('Electron bootstrap (electron mocked)', () => {
  it('enables the sandbox for every renderer', () => {
    expect(electron.sandboxEnabled).toBe(true);
  });

  it('creates one isolated, sandboxed window without Node, with the CommonJS preload', () => {
    expect(electron.windows).toHaveLength(1);
    const preferences = electron.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(String(preferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
    // As a file URL Node made (loadFile's url.format would leave a "%20" of a folder name unescaped).
    expect(electron.windows[0]!.loaded[0]).toBe(pathToFileURL(path.resolve(import.meta.dirname, '../renderer/index.html')).href);
  });

  it('guards every web contents Electron creates and refuses every permission', () => {
    expect(electron.appEvents.has('web-contents-created')).toBe(true);
    expect(typeof electron.session.request).toBe('function');
    expect(typeof electron.session.check).toBe('function');
    expect(typeof electron.session.device).toBe('function');
  });

  it('registers a handler for every operation of the contract', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(Object.values(OPERATION_CHANNELS).sort());
  });

  it('answers the app’s own page with an envelope', async () => {
    const handler = electron.handlers.get(OPERATION_CHANNELS.getAppInfo)!;
    const url = electron.windows[0]!.loaded[0]!;
    const event = { sender: electron.windows[0]!.webContents, senderFrame: { url, parent: null } };
    await expect(handler(event)).resolves.toMatchObject({ ok: true, value: { version: '0.1.0-test', platform: process.platform } });
  });

  it.each([
    ['another page', { url: 'https://evil.example/', parent: null }, true],
    ['a subframe of the app page', { url: 'FILE', parent: {} }, true],
    ['another window', { url: 'FILE', parent: null }, false],
    ['no frame at all', null, true],
  ])('refuses a message from %s', async (_name, frame, fromAppWindow) => {
    const handler = electron.handlers.get(OPERATION_CHANNELS.getAppInfo)!;
    const fileUrl = electron.windows[0]!.loaded[0]!;
    const senderFrame = frame && { ...frame, url: frame.url === 'FILE' ? fileUrl : frame.url };
    const event = { sender: fromAppWindow ? electron.windows[0]!.webContents : { id: 99 }, senderFrame };
    await expect(handler(event)).resolves.toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  it('refuses arguments the contract does not allow, before any handler runs', async () => {
    const handler = electron.handlers.get(OPERATION_CHANNELS.getAppInfo)!;
    const url = electron.windows[0]!.loaded[0]!;
    const event = { sender: electron.windows[0]!.webContents, senderFrame: { url, parent: null } };
    await expect(handler(event, 'unexpected')).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-arguments', message: 'Invalid arguments for getAppInfo: args must hold exactly 0 arguments (it is a list of 1)' },
    });
  });
});
