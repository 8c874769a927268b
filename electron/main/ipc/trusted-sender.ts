/**
 * Only the app's own page, in the top frame of the app's own window, may call the main process.
 * A navigated, injected or embedded page gets nothing, even though navigation is blocked too:
 * the check is the second lock on the same door.
 */
export interface SenderFacts {
  /** The URL of the frame that sent the message (Electron's event.senderFrame.url). */
  readonly frameUrl: string | undefined;
  /** Whether that frame is the top frame of its page. */
  readonly isTopFrame: boolean;
  /** Whether it belongs to the window the app created. */
  readonly isAppWindow: boolean;
}

export function isTrustedSender(sender: SenderFacts, appEntryUrl: string): boolean {
  if (!sender.isAppWindow || !sender.isTopFrame || sender.frameUrl === undefined) return false;
  return sameDocument(sender.frameUrl, appEntryUrl);
}

function sameDocument(actual: string, expected: string): boolean {
  let a: URL;
  let e: URL;
  try {
    a = new URL(actual);
    e = new URL(expected);
  } catch {
    return false;
  }
  // file: URLs have an opaque origin, so compare the document itself; http(s) (the dev server) by origin.
  if (e.protocol === 'file:') return a.protocol === 'file:' && a.pathname === e.pathname;
  return a.origin === e.origin;
}
