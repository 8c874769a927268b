import { create } from 'zustand';
import type { MonitorSampleEvent, MonitorSkipReason } from '../../../shared/monitor/monitor-events';
import { MONITOR_INTERVAL_SECONDS } from '../../../shared/monitor/monitor-interval';
import { SampleHistory } from '../../../shared/monitor/sample-history';
import type { SessionChange } from '../../../shared/monitor/session-changes';
import { BridgeError, call, subscribe } from '../api/bridge';

/** Arrivals and departures kept for the list and the CSV: a busy day's worth, then the oldest go. */
export const MAX_CHANGES_KEPT = 2000;

export type MonitorPhase = 'starting' | 'watching' | 'paused' | 'failed';

export interface MonitorState {
  /** Whether the monitor's page is shown (instead of the wizard's step, which waits as it was). */
  readonly open: boolean;
  readonly phase: MonitorPhase;
  readonly error: string | null;
  readonly intervalSeconds: number;
  /** The host's watch whose samples are taken; others (late samples of an ended watch) are ignored. */
  readonly watchId: number | null;
  /** The last check that read the connections, or failed to. */
  readonly latest: MonitorSampleEvent | null;
  /** Why the last tick read nothing, until a check reads again. */
  readonly skipped: MonitorSkipReason | null;
  readonly peak: { readonly total: number; readonly anonymous: number; readonly time: number } | null;
  /** Oldest first. */
  readonly changes: readonly SessionChange[];
  readonly changesDropped: number;
  /** The chart's samples, changed in place (they are many); `historyVersion` counts the changes. */
  readonly history: SampleHistory;
  readonly historyVersion: number;
}

export interface MonitorActions {
  readonly openMonitor: () => void;
  readonly closeMonitor: () => void;
  /** The page appeared: a new watch begins. */
  readonly start: () => Promise<void>;
  /** The page is left: the watch ends. */
  readonly stop: () => void;
  readonly pause: () => void;
  readonly resume: () => Promise<void>;
  readonly setIntervalSeconds: (seconds: number) => void;
  readonly receive: (sample: MonitorSampleEvent) => void;
}

export type MonitorStore = MonitorState & MonitorActions;

const fresh = (): Omit<MonitorState, 'open' | 'intervalSeconds'> => ({
  phase: 'starting',
  error: null,
  watchId: null,
  latest: null,
  skipped: null,
  peak: null,
  changes: [],
  changesDropped: 0,
  history: new SampleHistory(),
  historyVersion: 0,
});

export const initialMonitorState: MonitorState = { open: false, intervalSeconds: MONITOR_INTERVAL_SECONDS.default, ...fresh() };

const messageOf = (error: unknown) => (error instanceof BridgeError || error instanceof Error ? error.message : String(error));

/** Samples that arrive before the host has said which watch it started (events and replies travel apart). */
let early: MonitorSampleEvent[] = [];
let unsubscribe: (() => void) | null = null;
/** Counts the starts, so that the answer to a start that a later one replaced is ignored. */
let starts = 0;

/**
 * The monitor's page state. The host polls; this keeps what the page shows: the chart's history, the
 * arrivals and departures, the latest counts. Leaving the page stops the host's watch.
 */
export const useMonitorStore = create<MonitorStore>()((set, get) => {
  /** Starts (or resumes) the host's watch and takes the samples of the watch it reports. */
  async function watch(resume: boolean): Promise<void> {
    const start = ++starts;
    early = [];
    unsubscribe ??= subscribe('monitorSample', (sample) => get().receive(sample));
    try {
      const status = await call('startMonitor', { intervalSeconds: get().intervalSeconds, resume });
      if (start !== starts) return;
      // Left or paused while the watch started: it must not go on unseen.
      if (get().phase !== 'starting') return endWatch();
      set({ phase: 'watching', watchId: status.watchId });
      for (const sample of early.splice(0)) get().receive(sample);
    } catch (error) {
      if (start === starts && get().phase === 'starting') set({ phase: 'failed', error: messageOf(error) });
    }
  }

  function endWatch(): void {
    call('stopMonitor').catch(() => {});
  }

  return {
    ...initialMonitorState,

    openMonitor: () => set({ open: true }),
    closeMonitor: () => set({ open: false }),

    async start() {
      set(fresh());
      await watch(false);
    },

    stop() {
      unsubscribe?.();
      unsubscribe = null;
      early = [];
      set({ phase: 'paused', watchId: null });
      endWatch();
    },

    pause() {
      if (get().phase !== 'watching') return;
      const { history } = get();
      // A gap in the chart: nothing was seen while paused.
      const last = history.latest()?.time ?? 0;
      history.add({ time: Math.max(Date.now(), last + 1), total: null, anonymous: null });
      set({ phase: 'paused', watchId: null, skipped: null, historyVersion: get().historyVersion + 1 });
      endWatch();
    },

    async resume() {
      if (get().phase !== 'paused') return;
      set({ phase: 'starting', error: null });
      await watch(true);
    },

    setIntervalSeconds(seconds) {
      set({ intervalSeconds: seconds });
      if (get().phase === 'watching') call('setMonitorInterval', seconds).catch((error: unknown) => set({ error: messageOf(error) }));
    },

    receive(sample) {
      const state = get();
      if (state.phase === 'starting' && state.watchId === null) {
        early.push(sample);
        return;
      }
      if (sample.watchId !== state.watchId) return;
      if (sample.skipped) {
        set({ skipped: sample.skipped });
        return;
      }
      state.history.add(sample.sample);
      const { total, anonymous, time } = sample.sample;
      const peak = total !== null && (state.peak === null || total > state.peak.total) ? { total, anonymous: anonymous ?? 0, time } : state.peak;
      let changes = state.changes;
      let changesDropped = state.changesDropped;
      if (sample.changes.length > 0) {
        changes = [...changes, ...sample.changes];
        if (changes.length > MAX_CHANGES_KEPT) {
          changesDropped += changes.length - MAX_CHANGES_KEPT;
          changes = changes.slice(-MAX_CHANGES_KEPT);
        }
      }
      set({ latest: sample, skipped: null, peak, changes, changesDropped, historyVersion: state.historyVersion + 1 });
    },
  };
});
