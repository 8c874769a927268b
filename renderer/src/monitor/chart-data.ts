import type uPlot from 'uplot';
import type { SampleColumns } from '../../../shared/monitor/sample-history';

/** Limits above this are a server's (16777216): no workgroup limit to draw, the chart scales to what it sees. */
const MAX_DRAWN_LIMIT = 10_000;

export function drawsLimit(limit: number | null): limit is number {
  return limit !== null && limit <= MAX_DRAWN_LIMIT;
}

/**
 * The history as uPlot draws it: times in milliseconds, the counts with null where a check read nothing
 * (a gap in the line), and the limit as a flat line.
 */
export function chartData(columns: SampleColumns, limit: number | null): uPlot.AlignedData {
  const count = columns.times.length;
  const totals = new Array<number | null>(count);
  const anonymous = new Array<number | null>(count);
  for (let i = 0; i < count; i++) {
    const total = columns.totals[i]!;
    const anon = columns.anonymous[i]!;
    totals[i] = Number.isNaN(total) ? null : total;
    anonymous[i] = Number.isNaN(anon) ? null : anon;
  }
  const limitLine = new Array<number | null>(count).fill(drawsLimit(limit) ? limit : null);
  return [columns.times, totals, anonymous, limitLine];
}
