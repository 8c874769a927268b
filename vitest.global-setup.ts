import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Tests of the built app (the launcher, browser mode, packaging, the wiring of the bundles) read out/.
 * It is built here once, before any test starts, when a source is newer than the last build: a test
 * that built for itself could rewrite out/ while another one reads it.
 */
export default function buildOnce(): void {
  const root = import.meta.dirname;
  const built = modifiedAt(path.join(root, 'out', 'main', 'index.js'));
  const newestSource = Math.max(
    ...['electron', 'shared', 'renderer'].map((folder) => newestIn(path.join(root, folder))),
    modifiedAt(path.join(root, 'electron.vite.config.ts')),
  );
  if (built >= newestSource) return;
  const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed; the tests of the built app cannot run');
}

function modifiedAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

function newestIn(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(ts|tsx|json|css|html|mjs)$/.test(entry.name)) newest = Math.max(newest, modifiedAt(path.join(entry.parentPath, entry.name)));
  }
  return newest;
}
