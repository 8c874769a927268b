#!/usr/bin/env node
// The `workgroup-doctor` command (also `npm run cli -- …`). It runs the command line that
// `npm run build` put in out/main/cli.js. In a clone with its development tools it first brings that
// up to date from the sources when they changed (so `npm run cli` works straight after `npm install`);
// an installed app or a production-only install (`npm prune --omit=dev`) runs the built file as it is.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const repositoryRoot = path.resolve(import.meta.dirname, '..', '..');
const built = path.join(repositoryRoot, 'out', 'main', 'cli.js');

async function developmentBuild() {
  if (!existsSync(path.join(repositoryRoot, 'electron', 'cli', 'index.ts'))) return null;
  try {
    const launcher = await import('./typescript-launcher.mjs');
    return await launcher.bundleCommandLine();
  } catch (error) {
    // Without esbuild (a production-only install) the built command line is used as it is.
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}

const entry = (await developmentBuild()) ?? (existsSync(built) ? built : null);
if (entry === null) {
  process.stderr.write('workgroup-doctor: the command line has not been built yet; run "npm run build" first.\n');
  process.exitCode = 1;
} else {
  await import(pathToFileURL(entry).href);
}
