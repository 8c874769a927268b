import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { SampleHistory } from '../../../shared/monitor/sample-history';
import { useTranslate } from '../i18n/translation-context';
import { chartData } from './chart-data';
import { CHART_HEIGHT, connectionsChartOptions } from './chart-options';
import { clockTimeFormat } from './clock-time';

const widthOf = (element: HTMLElement) => Math.max(element.clientWidth, 200);

/**
 * The chart of connections over time (uPlot on a canvas). The canvas is one image to assistive
 * technology; its words are the summary it points to (`describedBy`) and the legend beside it.
 */
export function ConnectionsChart({
  history,
  version,
  limit,
  describedBy,
}: {
  history: SampleHistory;
  version: number;
  limit: number | null;
  describedBy: string;
}) {
  const t = useTranslate();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);

  useEffect(() => {
    const element = container.current!;
    const plot = new uPlot(connectionsChartOptions(widthOf(element), limit, t, clockTimeFormat(t.locale)), chartData(history.columns(), limit), element);
    chart.current = plot;
    const resized = new ResizeObserver(() => plot.setSize({ width: widthOf(element), height: CHART_HEIGHT }));
    resized.observe(element);
    return () => {
      resized.disconnect();
      plot.destroy();
      chart.current = null;
    };
    // Made once per watch, limit and language; new samples only replace its data (below).
  }, [history, limit, t]);

  useEffect(() => {
    const plot = chart.current;
    // Drawn at once rather than in uPlot's next microtask: one sample, one redraw.
    plot?.batch(() => plot.setData(chartData(history.columns(), limit)));
  }, [history, version, limit]);

  return <div ref={container} className="monitor-chart" role="img" aria-label={t('monitor.chart.label')} aria-describedby={describedBy} />;
}
