import { findElectronBinary as findBinary, lastInstallAttempt } from '../../electron/launcher/electron-runtime.mjs';

/**
 * Where an Electron binary is, or why there is none. `.ci/run` and `npm start` try to fetch it with
 * Electron's own installer first; when that failed, the reason recorded then is the reason given here.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const found = findBinary();
  if ('path' in found) return found;
  const attempt = lastInstallAttempt();
  if (attempt?.missing) return { missing: `${found.missing}; the last attempt to fetch it (${attempt.at}) ${attempt.missing}` };
  return { missing: `${found.missing}; nothing has tried to fetch it on this machine yet (npm start or .ci/run would)` };
}
