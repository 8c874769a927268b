// Runs in Chromium (bundled by monitor-bench.ts): the monitor's chart, as the page draws it, with a
// day of checks every 5 s, redrawn sample after sample the way a new check redraws it.
import uPlot from 'uplot';
import { createTranslator } from '../../shared/i18n/translate';
import { SampleHistory } from '../../shared/monitor/sample-history';
import { chartData } from '../../renderer/src/monitor/chart-data';
import { connectionsChartOptions } from '../../renderer/src/monitor/chart-options';
import { clockTimeFormat } from '../../renderer/src/monitor/clock-time';

const DAY_OF_CHECKS = 17_280;
const LIMIT = 10;
const REDRAWS = 101;

function busyDay(history: SampleHistory, from: number, count: number, start: number): void {
  for (let i = from; i < from + count; i++) {
    // Filling up and emptying over the day, with the noise of computers coming and going.
    const total = Math.min(LIMIT, Math.round(5 + 5 * Math.sin(i / 1500) + ((i * 7919) % 3)));
    history.add({ time: start + i * 5000, total, anonymous: Math.min(total, (i * 31) % 5) });
  }
}

const page = window as unknown as { benchResult?: { redrawMs: number[]; points: number; fewestPoints: number } };
const element = document.getElementById('chart')!;
const t = createTranslator();
const history = new SampleHistory();
const start = Date.UTC(2026, 10, 30, 0);
// The history keeps a day whole and thins it when one more comes: the redraws add the day's last checks,
// so the last one draws all 17,280 and none draws a thinned history.
const first = DAY_OF_CHECKS - REDRAWS;
busyDay(history, 0, first, start);
const plot = new uPlot(connectionsChartOptions(960, LIMIT, t, clockTimeFormat('en')), chartData(history.columns(), LIMIT), element);
const redrawMs: number[] = [];
for (let i = 0; i < REDRAWS; i++) {
  busyDay(history, first + i, 1, start);
  const began = performance.now();
  plot.batch(() => plot.setData(chartData(history.columns(), LIMIT)));
  redrawMs.push(performance.now() - began);
}
page.benchResult = { redrawMs, points: history.length, fewestPoints: first + 1 };
