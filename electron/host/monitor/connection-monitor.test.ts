import { describe, expect, it } from 'vitest';
import type { CommandFailure } from '../../../shared/commands/command-failure';
import type { ScanResult } from '../../../shared/ipc/contract';
import type { MonitorSampleEvent } from '../../../shared/monitor/monitor-events';
import { renderNetConfigServer } from '../../../shared/simulated-host/render/net-config-server';
import { renderNetFile } from '../../../shared/simulated-host/render/net-file';
import { renderNetSession } from '../../../shared/simulated-host/render/net-session';
import { builtInScenario } from '../../../shared/simulated-host/scenarios';
import { CommandError } from '../commands/command-error';
import type { CommandOutput, CommandRunner } from '../commands/command-runner';
import { silentLog } from '../commands/command-log';
import { dataFolderAt } from '../data-folder';
import type { Machine } from '../machines/machine';
import { WorkLock } from '../work-lock';
import { createConnectionMonitor, type ConnectionMonitorOptions } from './connection-monitor';

type Answer = { readonly text: string } | { readonly failure: CommandFailure } | { readonly hold: true };

/**
 * A PC whose commands answer at once from what the test sets, or hold on until the test lets them go
 * (or their poll is stopped, as the runner stops a real command).
 */
function fakePc() {
  const xp = builtInScenario('xp-print-host-at-limit')!;
  const people = { now: [['OFFICE1', 'maria']] as [string, string, string?][] };
  const answers = new Map<string, Answer>();
  const calls: string[] = [];
  const held: { release: () => void; argv: string }[] = [];
  const running = { count: 0 };
  const textOf = (argv: string): string => {
    if (argv === 'net session')
      return renderNetSession(
        people.now.map(([computer, user, opened]) => ({ computer, user, clientType: '', opens: opened ? 1 : 0, idleSeconds: 1 })),
        'en',
      );
    if (argv === 'net file')
      return renderNetFile(
        people.now.flatMap(([, user, opened], id) => (opened ? [{ id, path: opened, user, locks: 0 }] : [])),
        'en',
      );
    return renderNetConfigServer('PRINTHOST', xp.server, 'en');
  };
  const runner: CommandRunner = {
    consoleCodePage: () => Promise.resolve({ codePage: 437, source: 'given' }),
    async run(program, args, options = {}) {
      running.count++;
      try {
        return await answer(program, args, options.signal);
      } finally {
        running.count--;
      }
    },
  };
  async function answer(program: CommandOutput['program'], args: readonly string[], signal: AbortSignal | undefined): Promise<CommandOutput> {
    {
      const argv = [program, ...args].join(' ');
      calls.push(argv);
      const output = (stdout: string): CommandOutput => ({ program, args, exitCode: 0, stdout, stderr: '', durationMs: 1, codePage: 437 });
      const answer = answers.get(argv) ?? { text: textOf(argv) };
      if ('failure' in answer) throw new CommandError(answer.failure, program, args, 2, '', '', 1);
      if ('hold' in answer) {
        await new Promise<void>((resolve, reject) => {
          held.push({ release: resolve, argv });
          signal?.addEventListener('abort', () => reject(new CommandError({ kind: 'cancelled' }, program, args, null, '', '', 1)));
        });
      }
      return output(textOf(argv));
    }
  }
  const machine: Machine = {
    kind: 'this-pc',
    description: { kind: 'this-pc' },
    scenarioId: null,
    folder: dataFolderAt('/nonexistent/wgd-monitor-test'),
    runner,
    read: () => Promise.reject(new Error('not scanned here')),
  };
  return { machine, people, answers, calls, held, running };
}

/** The monitor with a ticker the test turns by hand, a fixed clock and every sample collected. */
function monitorOf(pc: ReturnType<typeof fakePc>, overrides: Partial<ConnectionMonitorOptions> = {}) {
  const samples: MonitorSampleEvent[] = [];
  const ticks: { tick: () => void; intervals: number[]; stopped: boolean }[] = [];
  let clock = Date.UTC(2026, 10, 30, 8);
  const lock = new WorkLock();
  let changingElsewhere = false;
  const monitor = createConnectionMonitor({
    machine: () => pc.machine,
    lock,
    lastScan: () => null,
    emit: (sample) => samples.push(sample),
    log: silentLog,
    now: () => (clock += 5000),
    ticker: (tick) => {
      const ticker = { tick, intervals: [] as number[], stopped: false };
      ticks.push(ticker);
      return { every: (ms) => ticker.intervals.push(ms), stop: () => (ticker.stopped = true) };
    },
    changingElsewhere: () => Promise.resolve(changingElsewhere),
    ...overrides,
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    monitor,
    samples,
    lock,
    ticker: () => ticks.at(-1)!,
    setChangingElsewhere: (value: boolean) => (changingElsewhere = value),
    /** One tick of the timer, and everything it started allowed to finish. */
    async tick() {
      ticks.at(-1)!.tick();
      await settle();
    },
    settle,
  };
}

const counts = (sample: MonitorSampleEvent) => [sample.sample.total, sample.sample.anonymous, sample.freeSlots];

describe('the connection monitor', () => {
  it('polls at once and then on every tick; reads the limit once with net config server when no scan gave it', async () => {
    const pc = fakePc();
    const { monitor, samples, tick, settle, ticker } = monitorOf(pc);
    expect(monitor.start({ intervalSeconds: 5, resume: false })).toEqual({ watching: true, watchId: 1, intervalSeconds: 5 });
    await settle();
    expect(ticker().intervals).toEqual([5000]);
    pc.people.now.push(['OFFICE5', '', '\\PIPE\\spoolss']);
    await tick();
    expect(samples.map(counts)).toEqual([
      [1, 0, 9],
      [2, 1, 8],
    ]);
    expect(samples[1]!.changes).toMatchObject([{ change: 'joined', computer: 'OFFICE5', user: '', opened: ['\\PIPE\\spoolss'] }]);
    expect(samples[1]).toMatchObject({ watchId: 1, limit: 10, skipped: null, failure: null });
    expect(pc.calls.filter((call) => call === 'net config server')).toHaveLength(1);
    expect(pc.calls.filter((call) => call === 'net session')).toHaveLength(2);
  });

  it('takes the limit from the last scan of the same PC, without reading it again', async () => {
    const pc = fakePc();
    const scan = { scenarioId: null, diagnosis: { limit: { max: 20, source: 'net-config-server' } } } as unknown as ScanResult;
    const { monitor, samples, settle } = monitorOf(pc, { lastScan: () => scan });
    monitor.start({ intervalSeconds: 5, resume: false });
    await settle();
    expect(samples[0]).toMatchObject({ limit: 20, freeSlots: 19 });
    expect(pc.calls).not.toContain('net config server');
  });

  it('skips a tick while its last poll still runs: polls never pile up', async () => {
    const pc = fakePc();
    pc.answers.set('net session', { hold: true });
    const { monitor, samples, tick, settle } = monitorOf(pc);
    monitor.start({ intervalSeconds: 2, resume: false });
    await tick();
    await tick();
    expect(pc.calls.filter((call) => call === 'net session')).toHaveLength(1);
    pc.answers.delete('net session');
    pc.held.forEach((command) => command.release());
    await settle();
    expect(samples).toHaveLength(1);
    await tick();
    expect(samples).toHaveLength(2);
  });

  it('skips a tick while a scan or a change runs, or another program changes the PC, and says so', async () => {
    const pc = fakePc();
    const { monitor, samples, lock, settle, tick, setChangingElsewhere } = monitorOf(pc);
    const release = lock.acquire('change');
    monitor.start({ intervalSeconds: 5, resume: false });
    await settle();
    release();
    setChangingElsewhere(true);
    await tick();
    setChangingElsewhere(false);
    await tick();
    expect(samples.map((sample) => sample.skipped)).toEqual(['change', 'change-elsewhere', null]);
    expect(samples[0]!.sample.total).toBeNull();
    expect(pc.calls.filter((call) => call === 'net session')).toHaveLength(1);
  });

  it('gives way to a change: the poll is stopped and the change starts only after its commands ended', async () => {
    const pc = fakePc();
    pc.answers.set('net session', { hold: true });
    const { monitor, samples, lock, settle } = monitorOf(pc);
    monitor.start({ intervalSeconds: 5, resume: false });
    await settle();
    expect(pc.running.count).toBe(1);
    let runningWhenTheChangeStarted: number | null = null;
    await lock.run('change', () => {
      runningWhenTheChangeStarted = pc.running.count;
      return Promise.resolve();
    });
    expect(runningWhenTheChangeStarted).toBe(0);
    expect(samples).toMatchObject([{ skipped: 'change', sample: { total: null } }]);
  });

  it('a poll that cannot read says why, and the watch goes on', async () => {
    const pc = fakePc();
    const { monitor, samples, settle, tick } = monitorOf(pc);
    pc.answers.set('net session', { failure: { kind: 'access-denied' } });
    monitor.start({ intervalSeconds: 5, resume: false });
    await settle();
    pc.answers.set('net session', { failure: { kind: 'server-service-stopped' } });
    await tick();
    pc.answers.delete('net session');
    await tick();
    expect(samples.map((sample) => sample.failure?.kind ?? counts(sample))).toEqual(['access-denied', 'server-service-stopped', [1, 0, 9]]);
    expect(monitor.status().watching).toBe(true);
  });

  it('stops: no more ticks, and what a poll still running reads is dropped', async () => {
    const pc = fakePc();
    pc.answers.set('net session', { hold: true });
    const { monitor, samples, settle, ticker } = monitorOf(pc);
    monitor.start({ intervalSeconds: 5, resume: false });
    await settle();
    expect(monitor.stop()).toEqual({ watching: false, watchId: 1, intervalSeconds: 5 });
    expect(ticker().stopped).toBe(true);
    pc.held.forEach((command) => command.release());
    await settle();
    expect(samples).toEqual([]);
  });

  it('a resumed watch shows who came and went during the pause; a new one starts afresh', async () => {
    const pc = fakePc();
    const { monitor, samples, settle } = monitorOf(pc);
    monitor.start({ intervalSeconds: 5, resume: false });
    await settle();
    monitor.stop();
    pc.people.now = [['OFFICE2', 'peter']];
    expect(monitor.start({ intervalSeconds: 5, resume: true }).watchId).toBe(2);
    await settle();
    expect(samples[1]!.changes.map((c) => `${c.change} ${c.computer}`)).toEqual(['joined OFFICE2', 'left OFFICE1']);
    expect(samples[1]!.watchId).toBe(2);
    monitor.stop();
    monitor.start({ intervalSeconds: 5, resume: false });
    await settle();
    expect(samples[2]!.changes).toEqual([]);
    expect(monitor.period()).toMatchObject({ polls: 1 });
  });

  it('changes its interval while it runs', async () => {
    const pc = fakePc();
    const { monitor, settle, ticker } = monitorOf(pc);
    monitor.start({ intervalSeconds: 5, resume: false });
    await settle();
    expect(monitor.setInterval(30)).toMatchObject({ intervalSeconds: 30 });
    expect(ticker().intervals).toEqual([5000, 30_000]);
  });
});
