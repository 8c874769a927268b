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
  // http(s) (the dev server) by origin. file: URLs have an opaque origin, so the document itself is
  // compared, as the file path both URLs decode to: an install folder may hold "#", "%", spaces or
  // non-Latin letters, which Chromium and Node escape differently in a URL but not in the path.
  if (e.protocol !== 'file:') return a.origin === e.origin;
  if (a.protocol !== 'file:') return false;
  return filePath(a) !== null && filePath(a) === filePath(e);
}

/** The file a file: URL names: host (a UNC server, "" for this computer) and decoded path. */
function filePath(url: URL): string | null {
  // Only well-formed %XX escapes are decoded, as a browser shows them: Chromium leaves a lone "%"
  // of a folder name as it is, which a strict decoder would reject. The query and fragment are not
  // part of the document's identity.
  const decoded = url.pathname.replace(/(?:%[0-9A-Fa-f]{2})+/g, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      return escapes;
    }
  });
  return decoded.includes('\0') ? null : `//${url.host.toLowerCase()}${decoded}`;
}
