import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScanResult } from '../../shared/ipc/contract';
import { MonitorTracker } from '../../shared/monitor/monitor-tracker';
import { readPoll } from '../../shared/monitor/poll-reading';
import type { MonitorSampleEvent } from '../../shared/monitor/monitor-events';
import { renderNetFile } from '../../shared/simulated-host/render/net-file';
import { renderNetSession } from '../../shared/simulated-host/render/net-session';
import { builtInScenario } from '../../shared/simulated-host/scenarios';
import type { Scenario } from '../../shared/simulated-host/scenario';
import { bundleTypeScript } from '../cli/typescript-launcher.mjs';
import type { CommandOutput, CommandRunner } from '../host/commands/command-runner';
import { dataFolderAt } from '../host/data-folder';
import type { Machine } from '../host/machines/machine';
import { createSimulatedPcs } from '../host/machines/simulated-pcs';
import { createConnectionMonitor } from '../host/monitor/connection-monitor';
import { WorkLock } from '../host/work-lock';
import { target, type TargetResult } from './measure';

const DAY_OF_CHECKS = 17_280;
const silent = { info: () => {}, warn: () => {} };
/**
 * Resolves once the poll that just sent its sample has finished: the monitor ignores a tick while a
 * poll runs (so polls never pile up), and a poll ends a few microtasks after its sample is sent.
 */
const pollFinished = () => new Promise<void>((resolve) => setImmediate(resolve));
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/** A PC's two outputs of one check, as Windows prints them, with every other computer gone or come back. */
function outputsOf(scenario: Scenario, variant: number): { sessions: string; files: string } {
  const present = scenario.sessions.filter((_, i) => (i + variant) % 3 !== 0);
  const here = (file: Scenario['openFiles'][number]) => present.some((s) => s.computer === file.computer && s.user === file.user);
  const opens = (s: Scenario['sessions'][number]) => scenario.openFiles.filter((f) => f.computer === s.computer && f.user === s.user).length;
  return {
    sessions: renderNetSession(
      present.map((s) => ({ ...s, opens: opens(s) })),
      scenario.displayLanguage,
    ),
    files: renderNetFile(scenario.openFiles.filter(here), scenario.displayLanguage),
  };
}

/** The main process's own CPU time (user + system) for `work`, in microseconds: child processes are not counted. */
function cpuMicros(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

/** One check's parse and diff (what the main process does with the two outputs), for a 10- and a 20-computer PC. */
function pollParseCpu(log: (line: string) => void): TargetResult[] {
  const results: TargetResult[] = [];
  for (const id of ['xp-print-host-at-limit', 'win10-office-near-limit']) {
    const scenario = builtInScenario(id)!;
    const outputs = [0, 1, 2].map((variant) => outputsOf(scenario, variant));
    const tracker = new MonitorTracker();
    let time = Date.UTC(2026, 10, 30);
    const poll = (i: number) => {
      const { sessions, files } = outputs[i % 3]!;
      tracker.record((time += 5000), readPoll({ text: sessions }, { text: files }), scenario.server.maxLoggedOnUsers);
    };
    for (let i = 0; i < 2000; i++) poll(i);
    const runs = 20_000;
    const micros = cpuMicros(() => {
      for (let i = 0; i < runs; i++) poll(i);
    });
    const perPoll = micros / runs;
    log(`${id} (${scenario.sessions.length} connections): parse and diff of one check ${perPoll.toFixed(1)} µs CPU`);
    results.push(
      target(`one check's parse and diff, ${scenario.sessions.length} connections (main-process CPU)`, `${perPoll.toFixed(1)} µs`, '< 1 ms', perPoll < 1000),
    );
  }
  return results;
}

/** A whole check on a demo PC, two real child processes: the main process's CPU for starting them and reading their answers. */
async function wholePollCpu(log: (line: string) => void): Promise<TargetResult[]> {
  const directory = mkdtempSync(path.join(tmpdir(), 'wgd-bench-monitor-'));
  try {
    const pcs = createSimulatedPcs({
      dataFolder: dataFolderAt(directory),
      fakeCommandModule: await bundleTypeScript('electron/host/simulated-host/fake-command.ts', 'fake-command'),
      nodeExecutable: process.execPath,
      log: silent,
      initialScenarioId: 'xp-print-host-at-limit',
    });
    let tick = () => {};
    let arrived = () => {};
    const monitor = createConnectionMonitor({
      machine: () => pcs.active(),
      lock: new WorkLock(),
      lastScan: () => null,
      emit: () => arrived(),
      log: silent,
      ticker: (next) => ((tick = next), { every: () => {}, stop: () => {} }),
    });
    const check = async () => {
      await pollFinished();
      await new Promise<void>((resolve) => ((arrived = resolve), tick()));
    };
    monitor.start({ intervalSeconds: 5, resume: false });
    await new Promise<void>((resolve) => (arrived = resolve));
    for (let i = 0; i < 3; i++) await check();
    const checks = 20;
    const before = process.cpuUsage();
    const began = performance.now();
    for (let i = 0; i < checks; i++) await check();
    const used = process.cpuUsage(before);
    monitor.stop();
    const perCheck = (used.user + used.system) / checks / 1000;
    log(`a whole check on the XP demo PC: ${perCheck.toFixed(1)} ms main-process CPU, ${((performance.now() - began) / checks).toFixed(0)} ms elapsed`);
    return [target('a whole check, 2 child processes (main-process CPU)', `${perCheck.toFixed(1)} ms`, '< 20 ms', perCheck < 20)];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * The host-side monitor logic over three simulated days of checks every 5 s (3 × 17,280), with a fake
 * clock and a PC whose commands answer at once: the heap after the first day and after the third.
 */
async function memoryOverDays(log: (line: string) => void): Promise<TargetResult[]> {
  const scenario = builtInScenario('win10-office-near-limit')!;
  const outputs = [0, 1, 2].map((variant) => outputsOf(scenario, variant));
  let check = 0;
  const runner: CommandRunner = {
    consoleCodePage: () => Promise.resolve({ codePage: 437, source: 'given' }),
    run(program, args) {
      const output = outputs[check % 3]!;
      const stdout = args[0] === 'session' ? output.sessions : args[0] === 'file' ? output.files : '';
      const answer: CommandOutput = { program, args, exitCode: 0, stdout, stderr: '', durationMs: 0, codePage: 437 };
      return Promise.resolve(answer);
    },
  };
  const machine: Machine = {
    kind: 'this-pc',
    description: { kind: 'this-pc' },
    scenarioId: null,
    folder: dataFolderAt(tmpdir()),
    runner,
    read: () => Promise.reject(new Error('no scan')),
  };
  // The limit as a scan of this PC found it.
  const scan = { scenarioId: null, diagnosis: { limit: { max: 20, source: 'net-config-server' } } } as unknown as ScanResult;
  let tick = () => {};
  let arrived: (sample: MonitorSampleEvent) => void = () => {};
  let clock = Date.UTC(2026, 10, 30);
  let changes = 0;
  const monitor = createConnectionMonitor({
    machine: () => machine,
    lock: new WorkLock(),
    lastScan: () => scan,
    emit: (sample) => arrived(sample),
    log: silent,
    now: () => (clock += 5000),
    ticker: (next) => ((tick = next), { every: () => {}, stop: () => {} }),
    changingElsewhere: () => Promise.resolve(false),
  });
  const nextCheck = async () => {
    await pollFinished();
    await new Promise<void>((resolve) => {
      arrived = (sample) => {
        changes += sample.changes.length;
        check++;
        resolve();
      };
      tick();
    });
  };
  monitor.start({ intervalSeconds: 5, resume: false });
  await new Promise<void>((resolve) => (arrived = () => resolve()));
  const heap = async () => {
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    return process.memoryUsage().heapUsed;
  };
  for (let i = 0; i < DAY_OF_CHECKS; i++) await nextCheck();
  const afterOneDay = await heap();
  for (let i = 0; i < 2 * DAY_OF_CHECKS; i++) await nextCheck();
  const afterThreeDays = await heap();
  monitor.stop();
  const growthKb = (afterThreeDays - afterOneDay) / 1024;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  log(
    `monitor logic, ${3 * DAY_OF_CHECKS} checks (${changes} arrivals and departures): heap ${mb(afterOneDay)} after day 1, ${mb(afterThreeDays)} after day 3 (${growthKb >= 0 ? '+' : ''}${growthKb.toFixed(0)} KB)`,
  );
  if (!(globalThis as { gc?: unknown }).gc) log('(run with node --expose-gc, as npm run bench does, for a heap without garbage)');
  return [
    target('heap growth, host-side monitor logic from day 1 to day 3 of checks every 5 s', `${growthKb.toFixed(0)} KB`, '< 512 KB (flat)', growthKb < 512),
  ];
}

/** The chart redrawn with a day of checks (17,280 points) in Chromium, as each new check redraws it. */
async function chartRedraw(log: (line: string) => void): Promise<TargetResult[]> {
  const bundle = await build({
    entryPoints: [path.resolve('electron/bench/chart-bench-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    minify: true,
    logLevel: 'silent',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1040, height: 600 } });
    await page.setContent('<!doctype html><html><body><div id="chart" style="width: 960px"></div></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const result = await page.evaluate(() => (window as unknown as { benchResult: { redrawMs: number[]; points: number; fewestPoints: number } }).benchResult);
    const times = result.redrawMs.slice(1).sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    log(
      `chart redraw with ${result.fewestPoints} to ${result.points} points: median ${median.toFixed(1)} ms, fastest ${times[0]!.toFixed(1)} ms, slowest ${times.at(-1)!.toFixed(1)} ms`,
    );
    if (result.points !== DAY_OF_CHECKS) throw new Error(`the chart held ${result.points} points, not a day of checks`);
    return [
      target(
        `redraw the chart with a day of checks (${result.points.toLocaleString('en')} points, Chromium)`,
        `${median.toFixed(1)} ms`,
        '< 16 ms',
        median < 16,
      ),
    ];
  } finally {
    await browser.close();
  }
}

/** The monitor's cost: CPU per check in the main process, the chart's redraw, and memory over long watches. */
export async function runMonitorBench(log: (line: string) => void): Promise<TargetResult[]> {
  return [...pollParseCpu(log), ...(await wholePollCpu(log)), ...(await memoryOverDays(log)), ...(await chartRedraw(log))];
}
