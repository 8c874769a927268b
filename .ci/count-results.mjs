// Sums the JSON reports every runner wrote (vitest, Playwright) into CI's closing line
// "N passed, N failed". A red `npm test` never prints "0 failed": a step that failed before writing a
// report (type-check, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [reportDirectory = 'out/test-reports', exitStatus = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitestFile = path.join(reportDirectory, 'vitest.json');
if (existsSync(vitestFile)) {
  const report = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
} else {
  console.log('vitest: no report (did not run)');
}

const playwrightFile = path.join(reportDirectory, 'playwright.json');
if (existsSync(playwrightFile)) {
  const { stats } = JSON.parse(readFileSync(playwrightFile, 'utf8'));
  passed += stats.expected ?? 0;
  failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
  skipped += stats.skipped ?? 0;
  console.log(`playwright: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ${stats.skipped} skipped`);
} else {
  console.log('playwright: no report (did not run)');
}

if (Number(exitStatus) !== 0 && failed === 0) failed = 1;
if (skipped > 0) console.log(`${skipped} skipped (each prints its reason above)`);
console.log(`${passed} passed, ${failed} failed`);
