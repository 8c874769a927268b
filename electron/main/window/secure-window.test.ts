import { readFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/content-security-policy';
import { LEARN_MORE_LINKS } from '../../../shared/help/learn-more-links';
import { guardDownloads, guardWebContents, mainWindowOptions, restrictPermissions } from './secure-window';

describe('main window options', () => {
  it('isolates and sandboxes the page and gives it no Node', () => {
    expect(mainWindowOptions('/app/preload/index.cjs').webPreferences).toEqual({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    });
  });
});

describe('web contents guard', () => {
  function fakeContents() {
    const emitter = new EventEmitter();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    return {
      on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => {
        openHandler = handler;
      },
      emit: (event: string, ...args: unknown[]) => emitter.emit(event, ...args),
      open: (url: string) => openHandler?.({ url }),
    };
  }

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('cancels %s', (eventName) => {
    const contents = fakeContents();
    const log = vi.fn();
    guardWebContents(contents as never, log);
    const event = { preventDefault: vi.fn() };
    contents.emit(eventName, event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledOnce();
  });

  it('denies every new window', () => {
    const contents = fakeContents();
    guardWebContents(contents as never);
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
  });

  it('opens an allowlisted Microsoft page in the user’s browser, never in a window of the app', () => {
    const contents = fakeContents();
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    guardWebContents(contents as never, () => {}, shell.openExternal);
    expect(contents.open(LEARN_MORE_LINKS['kb-328459'])).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://support.microsoft.com/kb/328459');
  });

  it.each([
    'https://example.com/',
    'https://support.microsoft.com/kb/328459?next=https://evil.example/',
    'http://support.microsoft.com/kb/328459',
    'file:///C:/Windows/System32/cmd.exe',
    'ms-settings:network',
    'javascript:alert(1)',
  ])('opens nothing else in the browser: %s', (url) => {
    const contents = fakeContents();
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    const log = vi.fn();
    guardWebContents(contents as never, log, shell.openExternal);
    expect(contents.open(url)).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(`blocked a new window for ${url}`);
  });

  it('says so in the log when the browser cannot be opened', async () => {
    const contents = fakeContents();
    const log = vi.fn();
    guardWebContents(contents as never, log, () => Promise.reject(new Error('no browser')));
    contents.open(LEARN_MORE_LINKS['kb-297684']);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(`could not open ${LEARN_MORE_LINKS['kb-297684']}: no browser`));
  });
});

describe('downloads', () => {
  const appContents = { id: 1 };
  function download(url: string, from: unknown) {
    const emitter = new EventEmitter();
    guardDownloads(
      { on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener) } as never,
      (contents) => contents === appContents,
    );
    const event = { preventDefault: vi.fn() };
    emitter.emit('will-download', event, { getURL: () => url, getFilename: () => 'workgroup-doctor-PC-2026-11-21-10-00.html' }, from);
    return event.preventDefault;
  }

  it('lets the app’s page save a report it made (a blob: URL) through the save dialog', () => {
    expect(download('blob:file:///8d3c1b2e-0000-4000-8000-000000000000', appContents)).not.toHaveBeenCalled();
  });

  it('cancels any other download, and any download from elsewhere', () => {
    expect(download('https://evil.example/setup.exe', appContents)).toHaveBeenCalledOnce();
    expect(download('blob:file:///8d3c1b2e-0000-4000-8000-000000000000', { id: 2 })).toHaveBeenCalledOnce();
  });
});

describe('permissions', () => {
  const appWindow = { id: 1 };
  const appPage = 'file:///C:/Program%20Files/Workgroup%20Doctor/resources/app.asar/out/renderer/index.html';
  function handlersFor() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    restrictPermissions(
      {
        setPermissionRequestHandler: (handler: (...args: never[]) => unknown) => (handlers.request = handler),
        setPermissionCheckHandler: (handler: (...args: never[]) => unknown) => (handlers.check = handler),
        setDevicePermissionHandler: (handler: (...args: never[]) => unknown) => (handlers.device = handler),
      } as never,
      (contents, url, isMainFrame) => contents === (appWindow as never) && url === appPage && isMainFrame,
    );
    const request = (contents: unknown, permission: string, requestingUrl: string, isMainFrame = true) => {
      const callback = vi.fn();
      (handlers.request as (...a: unknown[]) => void)(contents, permission, callback, { requestingUrl, isMainFrame });
      return callback.mock.calls[0]?.[0] as unknown;
    };
    const check = (contents: unknown, permission: string, requestingUrl: string, isMainFrame = true) =>
      (handlers.check as (...a: unknown[]) => boolean)(contents, permission, 'file:///', { requestingUrl, isMainFrame });
    return { request, check, device: handlers.device as (...a: unknown[]) => boolean };
  }

  it('lets the app’s own page write to the clipboard (its Copy buttons), as a request and as a check', () => {
    const { request, check } = handlersFor();
    expect(request(appWindow, 'clipboard-sanitized-write', appPage)).toBe(true);
    expect(check(appWindow, 'clipboard-sanitized-write', appPage)).toBe(true);
  });

  it('refuses clipboard writes from anywhere else: another page, a subframe, another window', () => {
    const { request, check } = handlersFor();
    expect(request(appWindow, 'clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(request(appWindow, 'clipboard-sanitized-write', appPage, false)).toBe(false);
    expect(request({ id: 2 }, 'clipboard-sanitized-write', appPage)).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', appPage)).toBe(false);
  });

  it.each(['clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal', 'fullscreen', 'pointerLock', 'unknown'])(
    'refuses %s, even to the app’s own page',
    (permission) => {
      const { request, check } = handlersFor();
      expect(request(appWindow, permission, appPage)).toBe(false);
      expect(check(appWindow, permission, appPage)).toBe(false);
    },
  );

  it('refuses every device', () => {
    expect(handlersFor().device({})).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows only the app’s own scripts and styles, and nothing inline or remote', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('is the policy the page itself declares', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});
