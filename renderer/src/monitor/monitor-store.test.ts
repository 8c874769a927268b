import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate';
import type { ApiEvents, MonitorStartRequest, WorkgroupDoctorBridge } from '../../../shared/ipc/contract';
import type { MonitorSampleEvent } from '../../../shared/monitor/monitor-events';
import type { SessionChange } from '../../../shared/monitor/session-changes';
import { chartSummary } from './chart-summary';
import { initialMonitorState, MAX_CHANGES_KEPT, useMonitorStore } from './monitor-store';
import { newestArrivals } from './newest-arrivals';

const t = createTranslator();
const clock = (time: number) => `t+${time}`;
const joined = (time: number, computer: string, user = '', opened: string[] = []): SessionChange => ({ time, change: 'joined', computer, user, opened });
const sample = (watchId: number, time: number, total: number | null, extra: Partial<MonitorSampleEvent> = {}): MonitorSampleEvent => ({
  watchId,
  sample: { time, total, anonymous: total === null ? null : 1 },
  changes: [],
  limit: 10,
  freeSlots: total === null ? null : 10 - total,
  skipped: null,
  failure: null,
  ...extra,
});

/** A bridge whose startMonitor answers when the test says; samples are pushed with `emit`. */
function installBridge() {
  const listeners = new Set<(payload: ApiEvents['monitorSample']) => void>();
  const answers: ((watchId: number) => void)[] = [];
  const bridge = {
    startMonitor: vi.fn(
      (request: MonitorStartRequest) =>
        new Promise((resolve) =>
          answers.push((watchId) => resolve({ ok: true, value: { watching: true, watchId, intervalSeconds: request.intervalSeconds } })),
        ),
    ),
    stopMonitor: vi.fn(async () => ({ ok: true, value: { watching: false, watchId: 1, intervalSeconds: 5 } })),
    setMonitorInterval: vi.fn(async (seconds: number) => ({ ok: true, value: { watching: true, watchId: 1, intervalSeconds: seconds } })),
    subscribe: (_event: string, listener: (payload: ApiEvents['monitorSample']) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  (globalThis as unknown as { workgroupDoctor: WorkgroupDoctorBridge }).workgroupDoctor = bridge as unknown as WorkgroupDoctorBridge;
  return {
    bridge,
    listeners,
    emit: (payload: MonitorSampleEvent) => listeners.forEach((listener) => listener(payload)),
    answer: (watchId: number) => answers.shift()!(watchId),
  };
}

const store = () => useMonitorStore.getState();

beforeEach(() => useMonitorStore.setState({ ...initialMonitorState, open: true }));
afterEach(() => {
  store().stop();
  delete (globalThis as Record<string, unknown>).workgroupDoctor;
});

describe('the monitor page’s state', () => {
  it('keeps the samples of its own watch, even one that arrives before the host said which watch it started', async () => {
    const { emit, answer } = installBridge();
    const starting = store().start();
    emit(sample(7, 1000, 3));
    answer(7);
    await starting;
    emit(sample(6, 2000, 9));
    emit(sample(7, 3000, 4, { changes: [joined(3000, 'OFFICE5')] }));
    expect(store()).toMatchObject({ phase: 'watching', watchId: 7, peak: { total: 4, time: 3000 } });
    expect(Array.from(store().history.columns().totals)).toEqual([3, 4]);
    expect(store().changes).toHaveLength(1);
  });

  it('a skipped tick says why without adding to the chart; a failed check leaves a gap', async () => {
    const { emit, answer } = installBridge();
    const starting = store().start();
    answer(1);
    await starting;
    emit(sample(1, 1000, 3));
    emit(sample(1, 2000, null, { skipped: 'scan' }));
    expect(store().skipped).toBe('scan');
    emit(sample(1, 3000, null, { failure: { kind: 'access-denied' } }));
    expect(store().skipped).toBeNull();
    expect(Array.from(store().history.columns().totals)).toEqual([3, Number.NaN]);
    expect(store().latest?.failure).toEqual({ kind: 'access-denied' });
  });

  it('keeps at most the newest arrivals and departures, and counts the ones it let go', async () => {
    const { emit, answer } = installBridge();
    const starting = store().start();
    answer(1);
    await starting;
    emit(sample(1, 1000, 3, { changes: Array.from({ length: MAX_CHANGES_KEPT + 5 }, (_, i) => joined(1000, `PC${i}`)) }));
    expect(store().changes).toHaveLength(MAX_CHANGES_KEPT);
    expect(store().changes[0]!.computer).toBe('PC5');
    expect(store().changesDropped).toBe(5);
  });

  it('pause stops the host’s watch and leaves a gap; resume goes on from there; the interval changes while it watches', async () => {
    const { bridge, answer } = installBridge();
    const starting = store().start();
    answer(1);
    await starting;
    store().setIntervalSeconds(30);
    expect(bridge.setMonitorInterval).toHaveBeenCalledWith(30);
    store().pause();
    expect(store().phase).toBe('paused');
    expect(bridge.stopMonitor).toHaveBeenCalledTimes(1);
    expect(store().history.latest()).toMatchObject({ total: null });
    const resuming = store().resume();
    answer(2);
    await resuming;
    expect(bridge.startMonitor).toHaveBeenLastCalledWith({ intervalSeconds: 30, resume: true });
    expect(store()).toMatchObject({ phase: 'watching', watchId: 2 });
  });

  it('leaving the page stops the watch, even one the host had not yet confirmed', async () => {
    const { bridge, listeners, answer } = installBridge();
    const starting = store().start();
    store().stop();
    expect(listeners.size).toBe(0);
    expect(bridge.stopMonitor).toHaveBeenCalledTimes(1);
    answer(1);
    await starting;
    // The host started it after it was told to stop: it is told again.
    expect(bridge.stopMonitor).toHaveBeenCalledTimes(2);
  });
});

describe('the monitor in words', () => {
  it('says the counts now and the most so far, and changes only when they do', () => {
    expect(chartSummary(null, null, t, clock)).toBe('Waiting for the first check…');
    const now = chartSummary(sample(1, 5000, 9, { sample: { time: 5000, total: 9, anonymous: 0 } }), { total: 10, anonymous: 4, time: 1000 }, t, clock);
    expect(now).toBe('In use now: 9 of 10 connections, none of them anonymous. The most so far: 10, at t+1000.');
    expect(chartSummary(sample(1, 9000, 9, { sample: { time: 9000, total: 9, anonymous: 0 } }), { total: 10, anonymous: 4, time: 1000 }, t, clock)).toBe(now);
    expect(chartSummary(sample(1, 1, 1, { limit: null }), null, t, clock)).toBe('Now 1 connection is in use (the limit is unknown), 1 of them anonymous.');
  });

  it('names the three newest arrivals, newest first, with what they hold open', () => {
    const changes: SessionChange[] = [
      joined(1, 'OFFICE1', 'maria'),
      joined(2, 'OFFICE4', 'tom'),
      { time: 3, change: 'left', computer: 'OFFICE4', user: 'tom', opened: [] },
      joined(4, 'LAPTOP1', 'maria'),
      joined(5, 'LAPTOP1', '', ['\\PIPE\\spoolss']),
    ];
    expect(newestArrivals(changes, t, clock)).toEqual([
      'LAPTOP1 (anonymous, holding \\PIPE\\spoolss) at t+5',
      'LAPTOP1 (maria) at t+4',
      'OFFICE4 (tom) at t+2',
    ]);
  });
});
