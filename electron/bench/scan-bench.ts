import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WINDOWS_PROGRAM_NAMES } from '../../shared/commands/windows-program';
import { builtInScenario } from '../../shared/simulated-host/scenarios';
import { SOURCE_IDS } from '../../shared/diagnosis/readings';
import { bundleTypeScript } from '../cli/typescript-launcher.mjs';
import { createCommandRunner } from '../host/commands/command-runner';
import { scanHost } from '../host/scan/scan-host';
import { createSimulatedHost } from '../host/simulated-host/simulated-host';
import { createHost, dataFolderAt } from '../host';
import { target, type TargetResult } from './measure';

const DELAY_MS = 200;

/**
 * The scan runs its commands at once: with every fake command delayed 200 ms, the whole scan should
 * take about as long as its slowest command, not the sum. Real child processes, as in demo mode.
 */
export async function runScanBench(log: (line: string) => void): Promise<TargetResult[]> {
  return [...(await demoScanTime(log)), ...(await parallelScan(log))];
}

/**
 * A demo scan as the wizard runs it: about a dozen fake Windows programs, each a real Node process
 * started from the built fake-command module. The first scan also detects the console code page.
 */
async function demoScanTime(log: (line: string) => void): Promise<TargetResult[]> {
  const directory = mkdtempSync(path.join(tmpdir(), 'wgd-bench-demo-'));
  try {
    const host = createHost({
      version: 'bench',
      platform: process.platform,
      env: process.env,
      log: { info: () => {}, warn: () => {} },
      dataFolder: dataFolderAt(directory),
      machine: { kind: 'simulated', demoReason: 'requested', initialScenarioId: 'win10-office-near-limit' },
      fakeCommandModule: path.resolve('out/main/fake-command.js'),
      nodeExecutable: process.execPath,
    });
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const started = performance.now();
      const outcome = await host.scan({ role: 'host' });
      if (outcome.kind !== 'completed') throw new Error('the demo scan did not complete');
      times.push(performance.now() - started);
    }
    log(`demo scan, win10-office-near-limit: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms (the first includes the code page check)`);
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    return [target('demo scan on an idle machine (median of 7)', `${median.toFixed(0)} ms`, '< 1500 ms', median < 1500)];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function parallelScan(log: (line: string) => void): Promise<TargetResult[]> {
  const base = builtInScenario('win10-office-near-limit')!;
  const faults = Object.fromEntries(WINDOWS_PROGRAM_NAMES.map((program) => [program, { kind: 'delay' as const, ms: DELAY_MS }]));
  const directory = mkdtempSync(path.join(tmpdir(), 'wgd-bench-'));
  try {
    const host = createSimulatedHost({
      scenario: { ...base, faults },
      directory,
      fakeCommandModule: await bundleTypeScript('electron/host/simulated-host/fake-command.ts', 'fake-command'),
    });
    const ratios: number[] = [];
    for (let run = 0; run < 5; run++) {
      // A fresh runner each time, so the code page is detected in every run, as in a first scan.
      const runner = createCommandRunner({ binDirectory: host.binDirectory, env: host.env, launch: host.launch });
      const started = performance.now();
      const readings = await scanHost(runner);
      const total = performance.now() - started;
      const slowest = Math.max(
        ...SOURCE_IDS.map((id) => {
          const reading = readings.sources[id];
          return reading.status === 'not-run' ? 0 : (reading.durationMs ?? 0);
        }),
      );
      ratios.push(total / slowest);
      log(
        `scan ${run + 1}: ${total.toFixed(0)} ms in all, slowest command ${slowest.toFixed(0)} ms (${(total / slowest).toFixed(2)}x); sum of commands ${SOURCE_IDS.reduce((sum, id) => sum + ((readings.sources[id] as { durationMs?: number }).durationMs ?? 0), 0)} ms`,
      );
    }
    ratios.sort((a, b) => a - b);
    const median = ratios[Math.floor(ratios.length / 2)]!;
    return [target(`scan time / slowest command (each delayed ${DELAY_MS} ms)`, `${median.toFixed(2)}x`, '<= 1.2x', median <= 1.2)];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
