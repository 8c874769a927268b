// Where the Electron runtime is, and fetching it when it is missing.
//
// Electron 42 and later have no postinstall step: `npm install` brings only the npm package, and the
// binary (about 100 MB) is downloaded the first time something asks for it, by Electron's own
// installer (node_modules/electron/install.js, which uses @electron/get). electron-vite's `dev` and
// `preview` never ask: they read node_modules/electron/path.txt and stop when it is absent. So the
// launcher and CI fetch the binary here, first, through that same installer.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const repositoryRoot = path.resolve(import.meta.dirname, '..', '..');

/** Where the last attempt to fetch the binary is recorded, so a skipped test can say what happened. */
export const INSTALL_RECORD = path.join(repositoryRoot, 'node_modules', '.cache', 'workgroup-doctor', 'electron-install.json');

/** The electron npm package: node_modules/electron unless a test names another copy. */
function electronPackage(directory = path.dirname(require.resolve('electron/package.json'))) {
  const { version } = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8'));
  return { directory, version };
}

/**
 * The Electron executable, or why there is none. ELECTRON_OVERRIDE_DIST_PATH (Electron's own variable)
 * points at an unpacked Electron elsewhere.
 * @param {{ env?: NodeJS.ProcessEnv, packageDirectory?: string }} [options]
 * @returns {{ path: string } | { missing: string }}
 */
export function findElectronBinary(options = {}) {
  const env = options.env ?? process.env;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidates = ['electron', 'electron.exe', 'Electron.app/Contents/MacOS/Electron'].map((name) => path.join(override, name));
    const found = candidates.find((candidate) => existsSync(candidate));
    return found ? { path: found } : { missing: `ELECTRON_OVERRIDE_DIST_PATH=${override} holds no Electron executable` };
  }
  const { directory } = electronPackage(options.packageDirectory);
  const pathFile = path.join(directory, 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'the Electron runtime has not been downloaded yet (node_modules/electron/path.txt is absent)' };
  const binary = path.join(directory, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `${binary} does not exist` };
}

/**
 * The binary, downloading it first with Electron's own installer when it is missing. The installer's
 * progress bar goes to the terminal as it is; its failure comes back as one sentence that names what it
 * tried to download and why that failed.
 * ELECTRON_MIRROR (read by the installer) fetches it from elsewhere than GitHub.
 * @param {{ log?: (line: string) => void, env?: NodeJS.ProcessEnv, packageDirectory?: string, recordFile?: string | null }} [options]
 * @returns {Promise<{ path: string, downloaded: boolean } | { missing: string }>}
 */
export async function ensureElectronBinary(options = {}) {
  const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  const env = options.env ?? process.env;
  const record = (result) => recordAttempt(result, options.recordFile === undefined ? INSTALL_RECORD : options.recordFile);
  const found = findElectronBinary(options);
  if ('path' in found) return { path: found.path, downloaded: false };
  // An Electron chosen by hand is used as it is: nothing is downloaded, nothing recorded.
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return found;

  const { directory, version } = electronPackage(options.packageDirectory);
  const installer = path.join(directory, 'install.js');
  log(`Downloading the Electron ${version} runtime (about 100 MB, once) with Electron's installer…`);
  const outcome = await runInstaller(installer, env);
  const after = findElectronBinary(options);
  if (outcome.exitCode === 0 && 'path' in after) {
    log(`Electron ${version} is installed.`);
    return record({ path: after.path, downloaded: true });
  }
  return record({ missing: `tried ${path.relative(repositoryRoot, installer)} (Electron ${version}'s installer): ${describeFailure(outcome)}` });
}

/** @param {string} installer @param {NodeJS.ProcessEnv} env */
function runInstaller(installer, env) {
  return new Promise((resolve) => {
    const reports = [];
    const child = spawn(process.execPath, ['--require', path.join(import.meta.dirname, 'report-install-failure.cjs'), installer], {
      stdio: ['ignore', 'inherit', 'inherit', 'pipe'],
      env,
      windowsHide: true,
    });
    let buffered = '';
    child.stdio[3].setEncoding('utf8');
    child.stdio[3].on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        try {
          reports.push(JSON.parse(line));
        } catch {
          // not one of ours
        }
      }
    });
    child.once('error', (error) => resolve({ exitCode: null, reports, startError: error.message }));
    child.once('close', (exitCode) => resolve({ exitCode, reports, startError: null }));
  });
}

/** One sentence from what the installer reported. */
function describeFailure(outcome) {
  if (outcome.startError) return `it could not be started (${outcome.startError})`;
  const download = outcome.reports.find((report) => report.url && (report.error || report.status));
  if (download?.status) return `${download.url} answered HTTP ${download.status}`;
  if (download) return `downloading ${download.url} failed: ${download.detail ?? download.cause ?? download.error}`;
  const message = outcome.reports.find((report) => report.message)?.message;
  if (message) return `it failed: ${message}`;
  return `it exited with status ${outcome.exitCode} and the runtime is still missing`;
}

function recordAttempt(result, file) {
  if (file === null) return result;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2)}\n`);
  } catch {
    // The record only improves a later message; failing to write it changes nothing.
  }
  return result;
}

/** What the last attempt found, if there was one. */
export function lastInstallAttempt() {
  try {
    return JSON.parse(readFileSync(INSTALL_RECORD, 'utf8'));
  } catch {
    return null;
  }
}

// `node electron/launcher/electron-runtime.mjs`: fetch the runtime if needed (CI does this before the tests).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const result = await ensureElectronBinary();
  process.stdout.write('path' in result ? `Electron runtime: ${result.path}\n` : `Electron runtime not available: ${result.missing}\n`);
}
