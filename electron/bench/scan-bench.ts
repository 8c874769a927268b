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
import { target, type TargetResult } from './measure';

const DELAY_MS = 200;

/**
 * The scan runs its commands at once: with every fake command delayed 200 ms, the whole scan should
 * take about as long as its slowest command, not the sum. Real child processes, as in demo mode.
 */
export async function runScanBench(log: (line: string) => void): Promise<TargetResult[]> {
  const base = builtInScenario('win10-office-near-limit')!;
  const faults = Object.fromEntries(WINDOWS_PROGRAM_NAMES.map((program) => [program, { kind: 'delay' as const, ms: DELAY_MS }]));
  const directory = mkdtempSync(path.join(tmpdir(), 'wgd-bench-'));
  try {
    const host = createSimulatedHost({ scenario: { ...base, faults }, directory, fakeCommandModule: await bundleTypeScript('electron/host/simulated-host/fake-command.ts', 'fake-command') });
    const ratios: number[] = [];
    for (let run = 0; run < 5; run++) {
      // A fresh runner each time, so the code page is detected in every run, as in a first scan.
      const runner = createCommandRunner({ binDirectory: host.binDirectory, env: host.env, launch: host.launch });
      const started = performance.now();
      const readings = await scanHost(runner);
      const total = performance.now() - started;
      const slowest = Math.max(...SOURCE_IDS.map((id) => {
        const reading = readings.sources[id];
        return reading.status === 'not-run' ? 0 : (reading.durationMs ?? 0);
      }));
      ratios.push(total / slowest);
      log(`scan ${run + 1}: ${total.toFixed(0)} ms in all, slowest command ${slowest.toFixed(0)} ms (${(total / slowest).toFixed(2)}x); sum of commands ${SOURCE_IDS.reduce((sum, id) => sum + ((readings.sources[id] as { durationMs?: number }).durationMs ?? 0), 0)} ms`);
    }
    ratios.sort((a, b) => a - b);
    const median = ratios[Math.floor(ratios.length / 2)]!;
    return [target(`scan time / slowest command (each delayed ${DELAY_MS} ms)`, `${median.toFixed(2)}x`, '<= 1.2x', median <= 1.2)];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
