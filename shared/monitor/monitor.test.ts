import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NetFile } from '../parsers/net-file';
import type { NetSession } from '../parsers/net-session';
import { monitorToCsv } from './monitor-csv';
import { SampleHistory } from './sample-history';
import { sessionChanges } from './session-changes';

const session = (computer: string, user: string): NetSession => ({ computer, user, clientType: '', opens: 0, idleSeconds: 0, lineNumber: 1 });
const file = (id: number, path: string, user: string): NetFile => ({
  id,
  path,
  user,
  locks: 0,
  pathMayBeTruncated: false,
  isNamedPipe: path.startsWith('\\PIPE\\'),
  lineNumber: id,
});

describe('the watched history', () => {
  it('keeps a day of 5-second polls whole, then stays the same size however long it runs', () => {
    const history = new SampleHistory();
    const start = Date.UTC(2026, 10, 29);
    for (let i = 0; i < 17_280; i++) history.add({ time: start + i * 5000, total: i % 21, anonymous: i % 3 });
    expect(history.length).toBe(17_280);
    expect(history.columns().times[0]).toBe(start);
    for (let i = 17_280; i < 3 * 17_280; i++) history.add({ time: start + i * 5000, total: 5, anonymous: 0 });
    expect(history.length).toBeLessThanOrEqual(17_280);
    expect(history.latest()).toEqual({ time: start + (3 * 17_280 - 1) * 5000, total: 5, anonymous: 0 });
  });

  it('thinning keeps times in order and every peak that filled the slots', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 4, max: 40 }),
        (totals, capacity) => {
          const history = new SampleHistory(capacity);
          totals.forEach((total, i) => history.add({ time: i * 1000, total, anonymous: total === null ? null : 0 }));
          const { times, totals: kept } = history.columns();
          for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThan(times[i - 1]!);
          const peak = Math.max(-1, ...totals.map((t) => t ?? -1));
          if (peak >= 0) expect(Math.max(...Array.from(kept).filter((v) => !Number.isNaN(v)))).toBe(peak);
          expect(times[times.length - 1]).toBe((totals.length - 1) * 1000);
        },
      ),
    );
  });
});

describe('arrivals and departures between two polls', () => {
  it('names who joined, with what it opened, and who left; an anonymous session is its own arrival', () => {
    const before = [session('OFFICE1', 'anna'), session('OFFICE2', '')];
    const after = [session('office1', 'Anna'), session('OFFICE3', ''), session('OFFICE3', 'paul')];
    const files = [file(1, '\\PIPE\\spoolss', ''), file(2, 'D:\\Office\\x.xls', 'paul')];
    expect(sessionChanges(42, before, after, files)).toEqual([
      { time: 42, change: 'joined', computer: 'OFFICE3', user: '', opened: ['\\PIPE\\spoolss'] },
      { time: 42, change: 'joined', computer: 'OFFICE3', user: 'paul', opened: ['D:\\Office\\x.xls'] },
      { time: 42, change: 'left', computer: 'OFFICE2', user: '', opened: [] },
    ]);
  });
});

describe('the watched period as CSV', () => {
  it('one row per poll and per change; a name that looks like a formula cannot run in a spreadsheet', () => {
    const history = new SampleHistory(8);
    history.add({ time: Date.UTC(2026, 10, 29, 8), total: 19, anonymous: 2 });
    history.add({ time: Date.UTC(2026, 10, 29, 8, 0, 5), total: null, anonymous: null });
    const csv = monitorToCsv(history.columns(), 20, [
      { time: Date.UTC(2026, 10, 29, 8, 0, 5), change: 'joined', computer: '=HYPERLINK("x")', user: 'a,b', opened: ['\\PIPE\\spoolss'] },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'time,connections,anonymous,limit',
      '2026-11-29T08:00:00.000Z,19,2,20',
      '2026-11-29T08:00:05.000Z,,,20',
      '',
      'time,change,computer,user,opened',
      `2026-11-29T08:00:05.000Z,joined,"'=HYPERLINK(""x"")","a,b",\\PIPE\\spoolss`,
      '',
    ]);
  });
});
