import type { Translate } from '../../../shared/i18n/translate';
import type { MonitorSampleEvent } from '../../../shared/monitor/monitor-events';
import type { MonitorState } from './monitor-store';

/**
 * The chart in words, for screen readers and everyone: the counts now and the most so far. It holds no
 * time of the latest check, so it changes (and is read out) only when the counts do.
 */
export function chartSummary(latest: MonitorSampleEvent | null, peak: MonitorState['peak'], t: Translate, clockTime: (time: number) => string): string {
  if (latest === null) return t('monitor.summary.waiting');
  const { total, anonymous } = latest.sample;
  const now =
    total === null
      ? t('monitor.summary.unreadable')
      : latest.limit === null
        ? t('monitor.summary.nowNoLimit', { used: total, anonymous: anonymous ?? 0 })
        : t('monitor.summary.now', { used: total, max: latest.limit, anonymous: anonymous ?? 0 });
  return peak ? `${now} ${t('monitor.summary.peak', { total: peak.total, time: clockTime(peak.time) })}` : now;
}
