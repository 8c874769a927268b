import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Where an Electron binary is, or why there is none. The npm package downloads its binary on first
 * use; on machines without internet it never arrives, and the real-Electron tests must say so.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidates = ['electron', 'electron.exe', 'Electron.app/Contents/MacOS/Electron'].map((name) => path.join(override, name));
    const found = candidates.find((candidate) => existsSync(candidate));
    return found ? { path: found } : { missing: `ELECTRON_OVERRIDE_DIST_PATH=${override} holds no Electron executable` };
  }
  const require = createRequire(import.meta.url);
  const packageDirectory = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDirectory, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: 'the Electron binary has not been downloaded (node_modules/electron/path.txt is absent; this machine cannot reach GitHub)' };
  }
  const binary = path.join(packageDirectory, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `${binary} does not exist` };
}
