// Development only: runs a TypeScript entry of this repository under plain Node by bundling it with
// esbuild into out/node/ when any source is newer than the bundle. This is what lets `npm run cli`,
// the tests and the bench run straight after `npm install`. The app and its command line never need
// it: `npm run build` builds them into out/main.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Found by walking up to the project's package.json: this file may itself be bundled into out/.
function findRepositoryRoot(start) {
  for (let directory = start; ; directory = path.dirname(directory)) {
    try {
      if (JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')).name === 'workgroup-doctor') return directory;
    } catch {
      // not here; keep walking up
    }
    if (path.dirname(directory) === directory) throw new Error(`no workgroup-doctor package.json above ${start}`);
  }
}
const repositoryRoot = findRepositoryRoot(import.meta.dirname);
const SOURCE_FOLDERS = ['electron', 'shared'];

function newestSourceTime() {
  let newest = 0;
  for (const folder of SOURCE_FOLDERS) {
    for (const entry of readdirSync(path.join(repositoryRoot, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.(ts|tsx|json|mjs)$/.test(entry.name)) {
        newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
      }
    }
  }
  return newest;
}

function bundleTime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** Bundles `entry` (relative to the repository) to out/node/<name>.js if stale, and returns its path. */
export async function bundleTypeScript(entry, name) {
  const output = path.join(repositoryRoot, 'out', 'node', `${name}.js`);
  if (bundleTime(output) >= newestSourceTime()) return output;
  const { build } = await import('esbuild');
  mkdirSync(path.dirname(output), { recursive: true });
  // Written under a private name, then renamed: two launches at once never import a half-written file.
  const temporary = `${output}.${process.pid}.tmp.js`;
  await build({
    entryPoints: [path.join(repositoryRoot, entry)],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
  });
  renameSync(temporary, output);
  return output;
}

/**
 * The command line and, beside it, the fake Windows programs its simulated PCs run: the same pair
 * `npm run build` puts in out/main. Returns the command line's path.
 */
export async function bundleCommandLine() {
  await bundleTypeScript('electron/host/simulated-host/fake-command.ts', 'fake-command');
  return bundleTypeScript('electron/cli/index.ts', 'cli');
}

export async function runTypeScript(entry, name) {
  const bundle = await bundleTypeScript(entry, name);
  return import(pathToFileURL(bundle).href);
}
