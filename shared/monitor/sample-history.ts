/** One poll: connections in use and how many of them anonymous (null when net session could not be read). */
export interface MonitorSample {
  /** Milliseconds since 1970. */
  readonly time: number;
  readonly total: number | null;
  readonly anonymous: number | null;
}

/** The history as the chart draws it: parallel columns, oldest first; NaN where a poll could not read. */
export interface SampleColumns {
  readonly times: Float64Array;
  readonly totals: Float64Array;
  readonly anonymous: Float64Array;
}

/**
 * The samples of a long watch in bounded memory. Up to `capacity` samples are kept as they came; when
 * the history is full, its older half is thinned by merging neighbours two by two, keeping the higher
 * count of each pair (a peak that filled the last slot must stay visible), so the memory stays flat
 * however long the watch runs while recent polls keep their full detail. At the default 17,280
 * samples, a day of polls every 5 s is kept whole.
 */
export class SampleHistory {
  private readonly times: Float64Array;
  private readonly totals: Float64Array;
  private readonly anonymous: Float64Array;
  private size = 0;

  constructor(readonly capacity = 17_280) {
    if (!Number.isInteger(capacity) || capacity < 4) throw new RangeError('a history holds at least 4 samples');
    this.times = new Float64Array(capacity);
    this.totals = new Float64Array(capacity);
    this.anonymous = new Float64Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  add(sample: MonitorSample): void {
    if (this.size === this.capacity) this.thinOlderHalf();
    this.times[this.size] = sample.time;
    this.totals[this.size] = sample.total ?? Number.NaN;
    this.anonymous[this.size] = sample.anonymous ?? Number.NaN;
    this.size++;
  }

  /** The samples as columns, without copying (views that stay valid until the next add). */
  columns(): SampleColumns {
    return { times: this.times.subarray(0, this.size), totals: this.totals.subarray(0, this.size), anonymous: this.anonymous.subarray(0, this.size) };
  }

  latest(): MonitorSample | null {
    if (this.size === 0) return null;
    const last = this.size - 1;
    return { time: this.times[last]!, total: numberOrNull(this.totals[last]!), anonymous: numberOrNull(this.anonymous[last]!) };
  }

  private thinOlderHalf(): void {
    const half = Math.floor(this.size / 2);
    let write = 0;
    for (let read = 0; read < half; read += 2) {
      const next = Math.min(read + 1, half - 1);
      this.times[write] = this.times[next]!;
      this.totals[write] = higher(this.totals[read]!, this.totals[next]!);
      this.anonymous[write] = higher(this.anonymous[read]!, this.anonymous[next]!);
      write++;
    }
    this.times.copyWithin(write, half, this.size);
    this.totals.copyWithin(write, half, this.size);
    this.anonymous.copyWithin(write, half, this.size);
    this.size = write + (this.size - half);
  }
}

/** The larger of two counts; a poll that could not read (NaN) gives way to one that could. */
function higher(a: number, b: number): number {
  if (Number.isNaN(a)) return b;
  if (Number.isNaN(b)) return a;
  return Math.max(a, b);
}

function numberOrNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
