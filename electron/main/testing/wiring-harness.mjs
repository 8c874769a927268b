#!/usr/bin/env node
// The wiring harness: runs a *built* Workgroup Doctor under plain Node with a recording stand-in for
// Electron, and reports what the app asked of Electron and how it answered the page, as JSON. It
// judges nothing itself; describe-built-wiring.ts does. One run is one fresh process: module state,
// the app's single window and its IPC handlers exist once per process, as in Electron.
//
//   node electron/main/testing/wiring-harness.mjs --app <folder> --contract <json>
//        [--scenario first-instance|second-instance] [--report <file>]
//
// --app       the folder holding the app's package.json: a checkout after `npm run build`, a copy of
//             one, or an extracted app.asar. Its package.json's "main" is started, as Electron does.
// --contract  the IPC contract as JSON: { operationChannels, eventChannels, bridgeGlobalName }
//             (shared/ipc/contract.ts; run-wiring-harness.ts passes it).
// --scenario  second-instance: another instance already holds the single-instance lock.
// --report    where to write the report (default: stdout, after whatever the app logged there).
// Set WORKGROUP_DOCTOR_DATA_DIR to a private folder: the app writes its log and demo PCs there.
// Exit status: 0 the run went through (the report says what happened), 1 the run broke off
// (report.error says where), 2 wrong command line.
import { writeFileSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      app: { type: 'string' },
      contract: { type: 'string' },
      scenario: { type: 'string', default: 'first-instance' },
      report: { type: 'string' },
    },
  }));
  if (!options.app || !options.contract) throw new Error('--app and --contract are required');
  if (!['first-instance', 'second-instance'].includes(options.scenario)) throw new Error(`unknown scenario ${options.scenario}`);
} catch (error) {
  process.stderr.write(`wiring-harness: ${error.message}\n`);
  process.exit(2);
}

// Before the app's main module is imported, so that its `import … from 'electron'` meets the stand-in.
register('./electron-specifier-hook.mjs', import.meta.url, {
  data: { standInUrl: new URL('./electron-stand-in.mjs', import.meta.url).href },
});
const { driveBuiltApp } = await import('./drive-built-app.mjs');

const brief = { appFolder: path.resolve(options.app), scenario: options.scenario, contract: JSON.parse(options.contract) };
const report = { appFolder: brief.appFolder, scenario: brief.scenario, error: null, unhandled: [] };
// Electron's main process logs these and carries on; the report keeps them, for the test to refuse.
process.on('unhandledRejection', (reason) => report.unhandled.push(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
process.on('uncaughtException', (error) => report.unhandled.push(`uncaught exception: ${error.stack ?? String(error)}`));
try {
  await driveBuiltApp(brief, report);
} catch (error) {
  report.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
}
// Node reports a rejection nobody handled only once the current jobs are done: let it, before the end.
await new Promise((resolve) => setImmediate(resolve));

const text = `${JSON.stringify(report)}\n`;
// The app may leave handles open (a log file, a finished child's pipes): the report ends the run.
if (options.report) {
  writeFileSync(options.report, text);
  process.exit(report.error ? 1 : 0);
} else {
  process.stdout.write(text, () => process.exit(report.error ? 1 : 0));
}
