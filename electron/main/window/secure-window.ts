import type { BrowserWindowConstructorOptions, DownloadItem, Session, WebContents } from 'electron';
import { isLearnMoreUrl } from '../../../shared/help/learn-more-links';

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
 * contents Electron creates, so a contents that slips past one check meets the others. The one way out
 * is a "Learn more" link (target="_blank") to one of Microsoft's pages in shared/help: it opens in the
 * user's own browser, never in a window of the app; any other address is refused.
 */
export function guardWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  log: (message: string) => void = () => {},
  openExternal: (url: string) => Promise<void> = () => Promise.resolve(),
): void {
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
    if (isLearnMoreUrl(url)) {
      log(`opening ${url} in the browser`);
      openExternal(url).catch((error: unknown) => log(`could not open ${url}: ${error instanceof Error ? error.message : String(error)}`));
    } else {
      log(`blocked a new window for ${url}`);
    }
    return { action: 'deny' };
  });
}

/** Whether a frame is the app's own page in its own window (the same test as for IPC senders). */
export type IsAppPage = (contents: WebContents | null, url: string | undefined, isMainFrame: boolean) => boolean;

/**
 * What Chromium asks for when the page calls navigator.clipboard.writeText: the "Copy" buttons need it,
 * and writing plain text to the clipboard reads nothing.
 */
const CLIPBOARD_WRITE = 'clipboard-sanitized-write';

/**
 * Camera, notifications, clipboard reads, USB …: the app needs none of them, so every request is
 * refused, except writing to the clipboard from the app's own page (its "Copy" buttons).
 */
export function restrictPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
  isAppPage: IsAppPage,
): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(permission === CLIPBOARD_WRITE && isAppPage(contents, details.requestingUrl, details.isMainFrame)),
  );
  session.setPermissionCheckHandler(
    (contents, permission, _origin, details) => permission === CLIPBOARD_WRITE && isAppPage(contents, details.requestingUrl, details.isMainFrame),
  );
  session.setDevicePermissionHandler(() => false);
}

/**
 * Saving a report is a download of text the page made itself (a blob: URL), which Chromium hands to
 * Windows' save dialog under the name the page gave it. Any other download, or one from anywhere but
 * the app's page, is cancelled.
 */
export function guardDownloads(
  session: Pick<Session, 'on'>,
  isAppContents: (contents: WebContents) => boolean,
  log: (message: string) => void = () => {},
): void {
  session.on('will-download', (event: { preventDefault(): void }, item: DownloadItem, contents: WebContents) => {
    const url = item.getURL();
    if (url.startsWith('blob:') && isAppContents(contents)) {
      log(`saving ${item.getFilename()}`);
      return;
    }
    event.preventDefault();
    log(`blocked a download of ${url}`);
  });
}
