import { describe, expect, it } from 'vitest';
import { renderNetFile } from '../simulated-host/render/net-file';
import { renderNetSession } from '../simulated-host/render/net-session';
import { hostMessages } from '../simulated-host/render/messages';
import { MonitorTracker } from './monitor-tracker';
import { readPoll, type PollReading } from './poll-reading';

type Who = readonly [computer: string, user: string, opened?: string];

/** A poll as Windows prints it: net session and net file of these connections. */
function poll(...who: readonly Who[]): PollReading {
  const sessions = renderNetSession(
    who.map(([computer, user, opened]) => ({ computer, user, clientType: '', opens: opened ? 1 : 0, idleSeconds: 5 })),
    'en',
  );
  const files = renderNetFile(
    who.flatMap(([, user, opened], index) => (opened ? [{ id: index + 1, path: opened, user, locks: 0 }] : [])),
    'en',
  );
  return readPoll({ text: sessions }, { text: files });
}

const minute = (m: number) => Date.UTC(2026, 10, 30, 8, m);

describe('reading a poll', () => {
  it('reads the connections and what they opened with the scan’s own parsers', () => {
    const reading = poll(['OFFICE1', 'anna'], ['OFFICE2', '', '\\PIPE\\spoolss']);
    expect(reading).toMatchObject({
      sessions: [
        { computer: 'OFFICE1', user: 'anna' },
        { computer: 'OFFICE2', user: '' },
      ],
      files: [{ path: '\\PIPE\\spoolss' }],
    });
  });

  it('an empty list is no connections; text that is not net session’s is a failure, never "nobody"', () => {
    expect(readPoll({ text: hostMessages('en').noEntries() }, { text: hostMessages('en').noEntries() })).toEqual({ sessions: [], files: [] });
    expect(readPoll({ text: '<html>\n<body>proxy error</body>\n</html>\n' }, { text: '' })).toMatchObject({ failure: { kind: 'unreadable-output' } });
    expect(readPoll({ failure: { kind: 'access-denied' } }, { text: '' })).toEqual({ failure: { kind: 'access-denied' } });
  });

  it('connections still count when net file fails; what they opened is then unknown', () => {
    const sessions = renderNetSession([{ computer: 'OFFICE1', user: 'anna', clientType: '', opens: 0, idleSeconds: 1 }], 'en');
    expect(readPoll({ text: sessions }, { failure: { kind: 'timed-out', timeoutMs: 5000 } })).toMatchObject({ sessions: [{ user: 'anna' }], files: null });
  });
});

describe('the monitor’s memory between polls', () => {
  it('the first poll is the starting point; later ones name who arrived, with what they opened, and who left', () => {
    const tracker = new MonitorTracker();
    expect(tracker.record(minute(0), poll(['OFFICE1', 'anna'], ['OFFICE2', 'peter']), 10)).toEqual({
      sample: { time: minute(0), total: 2, anonymous: 0 },
      changes: [],
      freeSlots: 8,
      failure: null,
    });
    const step = tracker.record(minute(1), poll(['OFFICE1', 'anna'], ['OFFICE5', '', '\\PIPE\\spoolss']), 10);
    expect(step.sample).toEqual({ time: minute(1), total: 2, anonymous: 1 });
    expect(step.changes).toEqual([
      { time: minute(1), change: 'joined', computer: 'OFFICE5', user: '', opened: ['\\PIPE\\spoolss'] },
      { time: minute(1), change: 'left', computer: 'OFFICE2', user: 'peter', opened: [] },
    ]);
  });

  it('a failed poll says why and keeps the starting point, so the next poll shows everything that changed', () => {
    const tracker = new MonitorTracker();
    tracker.record(minute(0), poll(['OFFICE1', 'anna']), 10);
    expect(tracker.record(minute(1), { failure: { kind: 'server-service-stopped' } }, 10)).toEqual({
      sample: { time: minute(1), total: null, anonymous: null },
      changes: [],
      freeSlots: null,
      failure: { kind: 'server-service-stopped' },
    });
    expect(tracker.record(minute(2), poll(['OFFICE2', 'peter']), 10).changes.map((c) => `${c.change} ${c.computer}`)).toEqual([
      'joined OFFICE2',
      'left OFFICE1',
    ]);
  });

  it('sums up the period: its peak, when the slots first filled, how often, and who arrived just before', () => {
    const tracker = new MonitorTracker();
    expect(tracker.period()).toBeNull();
    const office = (n: number): Who[] => Array.from({ length: n }, (_, i) => [`PC${i + 1}`, i % 2 ? '' : `user${i + 1}`] as const);
    [3, 4, 5, 6, 7, 8, 9, 10, 9, 10, 4].forEach((count, m) => tracker.record(minute(m), poll(...office(count)), 10));
    const period = tracker.period()!;
    expect(period).toMatchObject({
      startedAt: minute(0),
      endedAt: minute(10),
      polls: 11,
      limit: 10,
      peak: { total: 10, anonymous: 5, at: minute(7) },
      limitReached: { firstAt: minute(7), times: 2 },
    });
    expect(period.arrivalsBeforeLimit.map((change) => change.computer)).toEqual(['PC6', 'PC7', 'PC8', 'PC9', 'PC10']);
  });
});
