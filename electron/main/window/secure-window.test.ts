import { readFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/content-security-policy';
import { denyAllPermissions, guardWebContents, mainWindowOptions } from './secure-window';

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
});

describe('permissions', () => {
  it('refuses every permission request and check', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    denyAllPermissions({
      setPermissionRequestHandler: (handler: (...args: never[]) => unknown) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: (...args: never[]) => unknown) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: (...args: never[]) => unknown) => (handlers.device = handler),
    } as never);
    const callback = vi.fn();
    (handlers.request as (...a: unknown[]) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((handlers.check as (...a: unknown[]) => boolean)({}, 'clipboard-read')).toBe(false);
    expect((handlers.device as (...a: unknown[]) => boolean)({})).toBe(false);
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
