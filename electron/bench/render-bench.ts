import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { diagnose } from '../../shared/diagnosis/diagnose';
import { readingsFromScenario } from '../../shared/diagnosis/testing/readings-from-scenario';
import type { ScanResult } from '../../shared/ipc/contract';
import { builtInScenario } from '../../shared/simulated-host/scenarios';
import { netSessionRows } from './generated-outputs';
import { target, type TargetResult } from './measure';

const SESSIONS = 10_000;

/**
 * Time from the scan result arriving in the page to the Findings step painted, for 10,000 sessions,
 * in the built renderer in Chromium. The bridge is a stand-in that answers at once, so only the
 * renderer's own work is measured.
 */
export async function runRenderBench(rendererDirectory: string, log: (line: string) => void): Promise<TargetResult[]> {
  const base = builtInScenario('win11-healthy')!;
  const scenario = {
    ...base,
    server: { ...base.server, maxLoggedOnUsers: 16_777_216, softwareVersion: 'Windows Server 2022 Standard' },
    sessions: netSessionRows(SESSIONS),
  };
  const readings = readingsFromScenario(scenario);
  const result: ScanResult = {
    readings,
    diagnosis: diagnose(readings, { role: 'host' }),
    durationMs: 900,
    finishedAt: new Date().toISOString(),
    scenarioId: null,
  };
  if (result.diagnosis.sessions?.total !== SESSIONS) throw new Error('the generated scan result does not hold 10,000 sessions');

  const server = await serve(rendererDirectory);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const page = await browser.newPage();
      await page.addInitScript(installInstantBridge, JSON.stringify(result));
      await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
      await page.getByRole('radio', { name: /Other computers get/ }).check();
      await page.evaluate(() => {
        const w = window as unknown as { __renderDone: Promise<number>; __resolvedAt: number };
        w.__renderDone = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (!document.getElementById('findings-heading')) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - w.__resolvedAt)));
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
      });
      await page.getByRole('button', { name: 'Scan this PC' }).click();
      times.push(await page.evaluate(() => (window as unknown as { __renderDone: Promise<number> }).__renderDone));
      await page.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    log(`Findings for ${SESSIONS} sessions: ${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${median.toFixed(0)} ms)`);
    return [target(`render Findings for ${SESSIONS.toLocaleString('en')} sessions (Chromium)`, `${median.toFixed(0)} ms`, '< 200 ms', median < 200)];
  } finally {
    await browser.close();
    server.close();
  }
}

/** Runs in the page: a bridge whose scan answers at once with the prepared result. */
function installInstantBridge(resultJson: string): void {
  const ok = (value: unknown) => Promise.resolve({ ok: true, value });
  const w = window as unknown as Record<string, unknown>;
  w.workgroupDoctor = {
    getAppInfo: () =>
      ok({
        version: 'bench',
        platform: 'win32',
        mode: 'live',
        demoReason: null,
        scenarios: [],
        activeScenarioId: null,
        startScanAs: null,
        systemLanguages: ['en-US'],
      }),
    selectScenario: () => ok(null),
    runScan: () => {
      const result: unknown = JSON.parse(resultJson);
      w.__resolvedAt = performance.now();
      return ok({ kind: 'completed', result });
    },
    cancelScan: () => ok(false),
    subscribe: () => () => {},
  };
}

function serve(directory: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = path.join(directory, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(directory) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
