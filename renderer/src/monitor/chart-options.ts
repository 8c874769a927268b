import uPlot from 'uplot';
import type { Translate } from '../../../shared/i18n/translate';
import { drawsLimit } from './chart-data';

export const CHART_HEIGHT = 240;
/** The colours of the lines, which uPlot draws on a canvas; monitor.css gives the legend the same. */
const COLOURS = { total: '#1f5fbf', anonymous: '#a35200', limit: '#b3261e', axis: '#5a6375', grid: '#e3e6ec' } as const;
const steps = uPlot.paths.stepped!({ align: 1 });
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** Steps between the times written on the axis: whole seconds at least, so no two labels read the same. */
const TIME_STEPS = [1, 2, 5, 10, 15, 30]
  .map((n) => n * SECOND)
  .concat(
    [1, 2, 5, 10, 15, 30].map((n) => n * MINUTE),
    [1, 2, 3, 6, 12, 24].map((n) => n * HOUR),
  );

/** Points only while there is a single check: one sample makes no line, and the chart would look empty. */
const onlyPoint: uPlot.Series.Points.Show = (_plot, _series, first, last) => last - first < 1;

/**
 * A point on the latest check of a count: a step line holds each count until the next check, so the
 * newest count would otherwise be only the upright stroke at the right edge.
 */
const latestPoint: uPlot.Series.Points.Filter = (plot) => (plot.data[0].length > 0 ? [plot.data[0].length - 1] : null);

function count(label: string, stroke: string, fill: string): uPlot.Series {
  return { label, stroke, width: 2, fill, paths: steps, points: { show: onlyPoint, filter: latestPoint, size: 8, fill: stroke } };
}

function limitLine(label: string, stroke: string): uPlot.Series {
  return { label, stroke, width: 2, dash: [6, 4], points: { show: onlyPoint, size: 8 } };
}

/**
 * The chart of connections in use against the limit: all connections and the anonymous ones as
 * steps (counts change from one check to the next), the limit as a dashed line, times on the user's
 * clock. No legend, cursor or selection of uPlot's own: the page shows its legend and summary in words.
 */
export function connectionsChartOptions(width: number, limit: number | null, t: Translate, clockTime: (time: number) => string): uPlot.Options {
  return {
    width,
    height: CHART_HEIGHT,
    ms: 1,
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    series: [
      {},
      count(t('monitor.chart.total'), COLOURS.total, 'rgba(31, 95, 191, 0.12)'),
      count(t('monitor.chart.anonymous'), COLOURS.anonymous, 'rgba(163, 82, 0, 0.16)'),
      limitLine(t('monitor.chart.limit', { max: limit ?? 0 }), COLOURS.limit),
    ],
    scales: {
      // A single check has no span of time (uPlot would stretch one of its own from it): ten seconds
      // around it, so it is drawn in the middle.
      x: {
        time: true,
        range: (plot, min, max) => {
          const times = plot.data[0];
          return times.length === 1 ? [times[0]! - 5 * SECOND, times[0]! + 5 * SECOND] : [min, max];
        },
      },
      // From 0 to just above the limit (or the most seen): a full PC touches the dashed line.
      y: { range: (_plot, _min, max) => [0, Math.max(drawsLimit(limit) ? limit + 1 : 0, (max ?? 0) + 1, 2)] },
    },
    axes: [
      {
        stroke: COLOURS.axis,
        grid: { stroke: COLOURS.grid },
        // A time of day with seconds takes about 80 pixels: labels are kept at least that far apart.
        space: 90,
        incrs: TIME_STEPS,
        values: (_plot, splits) => splits.map((time) => clockTime(time)),
      },
      {
        stroke: COLOURS.axis,
        grid: { stroke: COLOURS.grid },
        incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000],
        values: (_plot, splits) => splits.map((count) => String(count)),
      },
    ],
  };
}
