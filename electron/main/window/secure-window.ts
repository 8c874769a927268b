import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/**
 * The window's web preferences, as Electron's security checklist asks: the page runs sandboxed,
 * isolated from the preload, without Node; the preload's narrow API is all it can reach.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1120,
    height: 780,
    minWidth: 760,
    minHeight: 560,
    show: false,
    title: 'Workgroup Doctor',
    backgroundColor: '#f5f6f8',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
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
    },
  };
}

/**
 * The app is one page: it never navigates, never opens windows, never embeds. Applied to every web
 * contents Electron creates, so a contents that slips past one check meets the others.
 */
export function guardWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, log: (message: string) => void = () => {}): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    log(`blocked navigation to ${url}`);
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    log(`blocked redirect to ${url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`blocked a new window for ${url}`);
    return { action: 'deny' };
  });
}

/** Camera, notifications, clipboard reads, USB …: the app needs none of them, so every request is refused. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
