import type { CommandFailure } from '../commands/command-failure';
import type { NetFile } from '../parsers/net-file';
import type { NetSession } from '../parsers/net-session';
import { PeriodRecorder, type MonitoredPeriod } from './monitored-period';
import type { PollReading } from './poll-reading';
import type { MonitorSample } from './sample-history';
import { sessionChanges, type SessionChange } from './session-changes';

/** What one poll adds to the watch: the counts, who arrived and left since the last poll that read, the slots left. */
export interface MonitorStep {
  readonly sample: MonitorSample;
  readonly changes: readonly SessionChange[];
  readonly freeSlots: number | null;
  readonly failure: CommandFailure | null;
}

/**
 * A watch's memory between polls: the connections of the last poll that read them (to tell arrivals and
 * departures) and the facts of the period. The first poll only sets the starting point: the computers
 * already connected did not arrive during the watch. A poll that fails leaves the starting point as it
 * was, so the next one that reads shows everything that changed in between.
 */
export class MonitorTracker {
  private previous: { readonly sessions: readonly NetSession[]; readonly files: readonly NetFile[] | null } | null = null;
  private readonly recorder = new PeriodRecorder();

  record(time: number, reading: PollReading, limit: number | null): MonitorStep {
    if ('failure' in reading) return { sample: { time, total: null, anonymous: null }, changes: [], freeSlots: null, failure: reading.failure };
    const { sessions, files } = reading;
    const changes = this.previous ? sessionChanges(time, this.previous.sessions, sessions, files ?? [], this.previous.files ?? []) : [];
    this.previous = reading;
    const total = sessions.length;
    let anonymous = 0;
    for (const session of sessions) if (session.user === '') anonymous++;
    const sample = { time, total, anonymous };
    this.recorder.add(sample, changes, limit);
    return { sample, changes, freeSlots: limit === null ? null : Math.max(0, limit - total), failure: null };
  }

  period(): MonitoredPeriod | null {
    return this.recorder.summary();
  }
}
