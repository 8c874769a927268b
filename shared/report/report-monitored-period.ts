import type { Translate } from '../i18n/translate';
import type { MonitoredPeriod } from '../monitor/monitored-period';

/** A watched period as the report shows it (words already chosen). */
export interface ReportMonitoredPeriod {
  readonly period: string;
  readonly peak: string;
  readonly limit: string;
  /** The arrivals just before the slots first filled up, oldest first. */
  readonly arrivals: readonly { readonly when: string; readonly computer: string; readonly user: string; readonly opened: string }[];
}

const iso = (time: number) => new Date(time).toISOString();

export function reportMonitoredPeriod(period: MonitoredPeriod, t: Translate): ReportMonitoredPeriod {
  const limit =
    period.limit === null
      ? t('monitor.report.limitUnknown')
      : period.limitReached
        ? t('monitor.report.limitReached', { limit: period.limit, times: period.limitReached.times, time: iso(period.limitReached.firstAt) })
        : t('monitor.report.limitNotReached', { limit: period.limit });
  return {
    period: t('monitor.report.period', { from: iso(period.startedAt), to: iso(period.endedAt), count: period.polls }),
    peak: t('monitor.report.peak', { total: period.peak.total, anonymous: period.peak.anonymous, time: iso(period.peak.at) }),
    limit,
    arrivals: period.arrivalsBeforeLimit.map((arrival) => ({
      when: iso(arrival.time),
      computer: arrival.computer,
      user: arrival.user === '' ? t('findings.sessions.anonymous') : arrival.user,
      opened: arrival.opened.join(', '),
    })),
  };
}
