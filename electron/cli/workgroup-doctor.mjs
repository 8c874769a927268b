#!/usr/bin/env node
// The `workgroup-doctor` command (also `npm run cli -- …`).
import { runTypeScript } from './typescript-launcher.mjs';

const { main } = await runTypeScript('electron/cli/main.ts', 'workgroup-doctor-cli');
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
