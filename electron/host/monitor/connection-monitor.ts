import { SOURCE_READERS, UnreadableOutputError } from '../../../shared/diagnosis/source-readers';
import type { ScanResult } from '../../../shared/ipc/contract';
import { englishMachineLabel } from '../../../shared/machines/machine-label';
import type { MonitorSampleEvent, MonitorSkipReason, MonitorStatus } from '../../../shared/monitor/monitor-events';
import { MONITOR_INTERVAL_SECONDS } from '../../../shared/monitor/monitor-interval';
import type { MonitoredPeriod } from '../../../shared/monitor/monitored-period';
import { MonitorTracker } from '../../../shared/monitor/monitor-tracker';
import { readPoll, type PollOutput } from '../../../shared/monitor/poll-reading';
import type { CommandLog } from '../commands/command-log';
import type { CommandRunner } from '../commands/command-runner';
import { isPcChanging } from '../fixes/pc-change-lock';
import type { Machine } from '../machines/machine';
import type { WorkLock } from '../work-lock';
import { eitherSignal } from './either-signal';
import { pollConnections } from './poll-connections';
import { timerTicker, type Ticker, type TickerFactory } from './ticker';

export interface MonitorStartOptions {
  readonly intervalSeconds: number;
  /** Go on from where the last watch of this PC stopped (after a pause): who changed meanwhile shows as arrivals and departures. */
  readonly resume: boolean;
}

/** Watches a PC's connections: polls them every few seconds and sends each sample out. */
export interface ConnectionMonitor {
  start(options: MonitorStartOptions): MonitorStatus;
  stop(): MonitorStatus;
  setInterval(seconds: number): MonitorStatus;
  status(): MonitorStatus;
  /** The facts of the last watch of the PC the host works on now (null when there was none). */
  period(): MonitoredPeriod | null;
}

export interface ConnectionMonitorOptions {
  readonly machine: () => Machine;
  readonly lock: WorkLock;
  /** The limit is taken from the last scan of the same PC; without one, read once with net config server. */
  readonly lastScan: () => ScanResult | null;
  readonly emit: (sample: MonitorSampleEvent) => void;
  readonly log: CommandLog;
  readonly now?: () => number;
  readonly ticker?: TickerFactory;
  /** Whether another window or command line is changing the PC (its change lock is held). */
  readonly changingElsewhere?: (machine: Machine) => Promise<boolean>;
}

/** What a watch remembers of a PC between polls, kept across a pause. */
interface Tracked {
  readonly machine: Machine;
  readonly tracker: MonitorTracker;
  /** undefined until known: then the limit, or null when it cannot be known. */
  limit: number | null | undefined;
}

interface Watch {
  readonly id: number;
  readonly runner: CommandRunner;
  readonly tracked: Tracked;
  readonly ticker: Ticker;
  readonly stopped: AbortController;
  polling: boolean;
}

/**
 * The host's monitor. Polls only read, and follow the WorkLock's rules: a tick that finds a scan, a
 * change or a switch running (or another program changing the PC) is skipped and its sample says so;
 * a poll gives way to any work that arrives, and a change waits until the poll's commands have ended.
 * A tick that comes while the last poll still runs is skipped too, so polls never pile up. A poll that
 * cannot read (access denied, the Server service stopped) says why in its sample; it never ends the watch.
 */
export function createConnectionMonitor(options: ConnectionMonitorOptions): ConnectionMonitor {
  const now = options.now ?? Date.now;
  const makeTicker = options.ticker ?? timerTicker;
  const changingElsewhere = options.changingElsewhere ?? ((machine: Machine) => isPcChanging(machine.folder));
  let watch: Watch | null = null;
  let tracked: Tracked | null = null;
  let lastWatchId = 0;
  let intervalSeconds: number = MONITOR_INTERVAL_SECONDS.default;

  const status = (): MonitorStatus => ({ watching: watch !== null, watchId: watch?.id ?? (lastWatchId || null), intervalSeconds });

  function stop(): MonitorStatus {
    if (watch) {
      watch.ticker.stop();
      watch.stopped.abort();
      options.log.info(`stopped watching the connections of ${englishMachineLabel(watch.tracked.machine.description)}`);
      watch = null;
    }
    return status();
  }

  const sendSkipped = (current: Watch, time: number, reason: MonitorSkipReason) =>
    options.emit({
      watchId: current.id,
      sample: { time, total: null, anonymous: null },
      changes: [],
      limit: current.tracked.limit ?? null,
      freeSlots: null,
      skipped: reason,
      failure: null,
    });

  async function poll(current: Watch): Promise<void> {
    const time = now();
    if (await changingElsewhere(current.tracked.machine)) return sendSkipped(current, time, 'change-elsewhere');
    if (watch !== current) return;
    const hold = options.lock.tryPoll();
    if ('busy' in hold) return hold.busy === 'poll' ? undefined : sendSkipped(current, time, hold.busy);
    const stopping = eitherSignal(hold.signal, current.stopped.signal);
    try {
      const outputs = await pollConnections(current.runner, {
        signal: stopping.signal,
        readLimit: current.tracked.limit === undefined,
      });
      // A watch stopped meanwhile drops what its last poll read; a poll stopped for other work says so.
      if (watch !== current) return;
      const stoppedFor = hold.stoppedFor();
      if (stoppedFor) return sendSkipped(current, time, stoppedFor);
      if (outputs.serverConfig) current.tracked.limit = limitFrom(outputs.serverConfig);
      const limit = current.tracked.limit ?? null;
      const step = current.tracked.tracker.record(time, readPoll(outputs.sessions, outputs.files), limit);
      options.emit({ watchId: current.id, ...step, limit, skipped: null });
    } finally {
      stopping.release();
      hold.release();
    }
  }

  function tick(current: Watch): void {
    if (current.polling || watch !== current) return;
    current.polling = true;
    poll(current)
      .catch((error: unknown) =>
        options.log.warn(`a poll of the connections failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
      )
      .finally(() => (current.polling = false));
  }

  return {
    status,
    stop,

    start(request) {
      stop();
      const machine = options.machine();
      if (!machine.runner) throw new Error('outputs saved on another PC cannot be watched');
      const memory = request.resume && tracked?.machine === machine ? tracked : freshMemory(machine, options.lastScan());
      tracked = memory;
      intervalSeconds = request.intervalSeconds;
      machine.watchStarted?.();
      const current: Watch = {
        id: ++lastWatchId,
        runner: machine.runner,
        tracked: memory,
        ticker: makeTicker(() => tick(current)),
        stopped: new AbortController(),
        polling: false,
      };
      watch = current;
      options.log.info(`watching the connections of ${englishMachineLabel(machine.description)} every ${intervalSeconds} s`);
      tick(current);
      current.ticker.every(intervalSeconds * 1000);
      return status();
    },

    setInterval(seconds) {
      if (watch && seconds !== intervalSeconds) watch.ticker.every(seconds * 1000);
      intervalSeconds = seconds;
      return status();
    },

    period() {
      return tracked && tracked.machine === options.machine() ? tracked.tracker.period() : null;
    },
  };
}

/** A new watch of a PC: the limit of its last scan, when there is one of this PC. */
function freshMemory(machine: Machine, scan: ScanResult | null): Tracked {
  const scanned = scan !== null && scan.scenarioId === machine.scenarioId ? scan.diagnosis.limit.max : null;
  return { machine, tracker: new MonitorTracker(), limit: scanned ?? undefined };
}

/** The limit net config server states ("Maximum Logged On Users"), or null when it cannot be read. */
function limitFrom(output: PollOutput): number | null {
  if ('failure' in output) return null;
  try {
    return SOURCE_READERS.serverConfig(output.text).maxLoggedOnUsers ?? null;
  } catch (error) {
    if (error instanceof UnreadableOutputError) return null;
    throw error;
  }
}
