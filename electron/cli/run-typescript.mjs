#!/usr/bin/env node
// `node electron/cli/run-typescript.mjs <entry.ts> [args…]`: runs a TypeScript entry's default-exported
// main(args) under plain Node (used by `npm run bench`).
import path from 'node:path';
import { runTypeScript } from './typescript-launcher.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: run-typescript.mjs <entry.ts> [args…]\n');
  process.exit(2);
}
const module = await runTypeScript(entry, path.basename(entry).replace(/\.tsx?$/, ''));
process.exitCode = (await module.default(args)) ?? 0;
