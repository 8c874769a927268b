import type { MonitorSample } from './sample-history';
import type { SessionChange } from './session-changes';

/** How many of the arrivals before the limit was reached a period keeps: the ones that filled it. */
const ARRIVALS_KEPT = 5;

/** A watched period in a few facts, for the report: when, the most connections, when the slots ran out and who came just before. */
export interface MonitoredPeriod {
  /** Milliseconds since 1970 of the first and the last poll that read the connections. */
  readonly startedAt: number;
  readonly endedAt: number;
  /** Polls that read the connections. */
  readonly polls: number;
  readonly limit: number | null;
  /** The most connections seen, and when they were first seen. */
  readonly peak: { readonly total: number; readonly anonymous: number; readonly at: number };
  /** When every slot was first in use, and how many times the slots filled up. */
  readonly limitReached: { readonly firstAt: number; readonly times: number } | null;
  /** The arrivals just before the slots first filled up, oldest first. */
  readonly arrivalsBeforeLimit: readonly SessionChange[];
}

/** Keeps the facts of a period as polls come in, in memory that does not grow with the length of the watch. */
export class PeriodRecorder {
  private startedAt = 0;
  private endedAt = 0;
  private polls = 0;
  private limit: number | null = null;
  private peak: MonitoredPeriod['peak'] | null = null;
  private limitReached: { firstAt: number; times: number } | null = null;
  private atLimit = false;
  private recentArrivals: SessionChange[] = [];
  private arrivalsBeforeLimit: readonly SessionChange[] = [];

  /** One poll that read the connections, with the changes it saw. */
  add(sample: MonitorSample, changes: readonly SessionChange[], limit: number | null): void {
    if (sample.total === null) return;
    if (this.polls === 0) this.startedAt = sample.time;
    this.polls++;
    this.endedAt = sample.time;
    this.limit = limit;
    if (this.peak === null || sample.total > this.peak.total) this.peak = { total: sample.total, anonymous: sample.anonymous ?? 0, at: sample.time };
    for (const change of changes) if (change.change === 'joined') this.recentArrivals.push(change);
    if (this.recentArrivals.length > ARRIVALS_KEPT) this.recentArrivals = this.recentArrivals.slice(-ARRIVALS_KEPT);

    const full = limit !== null && sample.total >= limit;
    if (full && !this.atLimit) {
      if (this.limitReached === null) {
        this.limitReached = { firstAt: sample.time, times: 1 };
        this.arrivalsBeforeLimit = [...this.recentArrivals];
      } else this.limitReached.times++;
    }
    this.atLimit = full;
  }

  summary(): MonitoredPeriod | null {
    if (this.peak === null) return null;
    return {
      startedAt: this.startedAt,
      endedAt: this.endedAt,
      polls: this.polls,
      limit: this.limit,
      peak: this.peak,
      limitReached: this.limitReached && { ...this.limitReached },
      arrivalsBeforeLimit: this.arrivalsBeforeLimit,
    };
  }
}
