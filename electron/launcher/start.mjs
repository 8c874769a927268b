#!/usr/bin/env node
// `npm start` and `npm run dev`: make sure the Electron runtime is there (fetching it once with
// Electron's own installer), build, and open the window. Where the runtime cannot be fetched or
// started, the same wizard opens in the browser instead (browser mode, `workgroup-doctor serve`).
//
//   npm start [-- --demo]                build, then open the window (or browser mode)
//   npm start -- --browser [--no-open]   build, then browser mode
//   npm start -- --no-build              start what was built last (faster; the tests use it)
//   npm run dev                          the window with electron-vite's hot reload
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

/** Browser mode, from the command line that `npm run build` put in out/main. */
async function browserMode(options) {
  const cli = path.join(repositoryRoot, 'out', 'main', 'cli.js');
  const args = [cli, 'serve', ...(options.noOpen ? ['--no-open'] : []), ...(options.demo ? ['--demo'] : [])];
  // Ctrl+C reaches both processes; the server stops itself cleanly, and this one waits for it.
  process.on('SIGINT', () => {});
  const served = await run(process.execPath, args);
  return served.status ?? 0;
}

async function main(argv) {
  const dev = argv.includes('--dev');
  const browser = argv.includes('--browser');
  const noOpen = argv.includes('--no-open');
  const demo = argv.includes('--demo');
  const build = !argv.includes('--no-build');
  const appArgs = argv.filter((arg) => !['--dev', '--browser', '--no-open', '--no-build'].includes(arg));

  if (!dev && build) {
    const built = await run(process.execPath, [electronViteCli(), 'build', '--logLevel', 'warn']);
    if (built.status !== 0) {
      say('The build failed (see above); nothing was started.');
      return built.status ?? 1;
    }
  }
  if (browser) return browserMode({ noOpen, demo });

  const runtime = await ensureElectronBinary({ log: say });
  if (!('path' in runtime)) {
    if (dev) {
      say(`npm run dev needs the Electron runtime, which is missing (${runtime.missing}).`);
      return 1;
    }
    say(`The Electron runtime is missing (${runtime.missing}), so Workgroup Doctor opens in your browser instead.`);
    return browserMode({ noOpen, demo });
  }

  if (dev) {
    const devServer = await run(process.execPath, [electronViteCli(), 'dev', ...(appArgs.length > 0 ? ['--', ...appArgs] : [])], {
      ...electronEnvironment(),
      ELECTRON_EXEC_PATH: runtime.path,
    });
    return devServer.status ?? 1;
  }
  // Electron starts the app from package.json's "main" (out/main/index.js).
  const window = await run(runtime.path, ['.', ...appArgs], electronEnvironment());
  if (window.error || (window.status !== 0 && window.signal !== 'SIGINT')) {
    say(
      `The Electron runtime at ${runtime.path} could not open the window (${window.error ?? `exit status ${window.status ?? window.signal}`}), so Workgroup Doctor opens in your browser instead.`,
    );
    return browserMode({ noOpen, demo });
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
