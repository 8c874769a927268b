import { cpSync, mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** What of a checkout an installed app holds: the built bundles and the package.json naming its main module. */
const BUILT_APP_PARTS = [path.join('out', 'main'), path.join('out', 'preload'), path.join('out', 'renderer'), 'package.json'];

/**
 * Copies the built app of `checkout` into `folder`, as an install would place it, and links the
 * checkout's node_modules beside it (the main bundle imports its runtime dependencies from there, as
 * the packaged app does from inside app.asar). Returns the app folder, for runWiringHarness.
 */
export function installBuiltAppCopy(checkout: string, folder: string): string {
  mkdirSync(folder, { recursive: true });
  for (const part of BUILT_APP_PARTS) cpSync(path.join(checkout, part), path.join(folder, part), { recursive: true });
  symlinkSync(realpathSync(path.join(checkout, 'node_modules')), path.join(folder, 'node_modules'), 'junction');
  return folder;
}
