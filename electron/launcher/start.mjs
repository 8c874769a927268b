#!/usr/bin/env node
// `npm start` and `npm run dev`: make sure the Electron runtime is there (fetching it once with
// Electron's own installer), build, and open the window.
//
//   npm start [-- --demo]      build, then open the window
//   npm run dev                the same with electron-vite's hot reload
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureElectronBinary } from './electron-runtime.mjs';

const require = createRequire(import.meta.url);
const repositoryRoot = path.resolve(import.meta.dirname, '..', '..');
const say = (line) => process.stderr.write(`${line}\n`);

/** Runs a program to its end with the terminal attached; resolves with its exit status. */
function run(file, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd: repositoryRoot, stdio: 'inherit', env, windowsHide: false });
    child.once('error', (error) => resolve({ status: null, error: error.message }));
    child.once('close', (status, signal) => resolve({ status, signal, error: null }));
  });
}

function electronViteCli() {
  const packageDirectory = path.dirname(require.resolve('electron-vite/package.json'));
  return path.join(packageDirectory, 'bin', 'electron-vite.js');
}

/** Electron must not start as plain Node, whatever this shell has set. */
function electronEnvironment() {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

async function main(argv) {
  const dev = argv.includes('--dev');
  const appArgs = argv.filter((arg) => arg !== '--dev');

  const runtime = await ensureElectronBinary({ log: say });
  if (!('path' in runtime)) {
    say(`Workgroup Doctor cannot open its window: the Electron runtime is missing (${runtime.missing}).`);
    return 1;
  }

  if (dev) {
    const devServer = await run(process.execPath, [electronViteCli(), 'dev', ...(appArgs.length > 0 ? ['--', ...appArgs] : [])], { ...electronEnvironment(), ELECTRON_EXEC_PATH: runtime.path });
    return devServer.status ?? 1;
  }

  const build = await run(process.execPath, [electronViteCli(), 'build', '--logLevel', 'warn']);
  if (build.status !== 0) {
    say('The build failed (see above); nothing was started.');
    return build.status ?? 1;
  }
  // Electron starts the app from package.json's "main" (out/main/index.js).
  const window = await run(runtime.path, ['.', ...appArgs], electronEnvironment());
  if (window.error) {
    say(`The Electron runtime at ${runtime.path} could not be started: ${window.error}`);
    return 1;
  }
  return window.status ?? 1;
}

process.exitCode = await main(process.argv.slice(2));
