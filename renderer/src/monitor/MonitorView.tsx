import { useEffect } from 'react';
import { monitorToCsv } from '../../../shared/monitor/monitor-csv';
import { MONITOR_INTERVAL_CHOICES } from '../../../shared/monitor/monitor-interval';
import { describeFailure } from '../components/describe-reading';
import { useFocusHeading } from '../components/use-focus-heading';
import { useTranslate } from '../i18n/translation-context';
import { ChangesTable } from './ChangesTable';
import { chartSummary } from './chart-summary';
import { clockTimeFormat } from './clock-time';
import { ConnectionsChart } from './ConnectionsChart';
import { drawsLimit } from './chart-data';
import { LimitBanner } from './LimitBanner';
import { useMonitorStore } from './monitor-store';
import { csvFileName, downloadText } from './save-csv';
import './monitor.css';

const SUMMARY_ID = 'monitor-summary';

/**
 * The monitor's page: the chart of connections against the limit, what it means in words, the arrivals
 * and departures, and a banner when the slots run out. The host watches while the page is shown: it
 * starts when the page appears and stops when the page goes (the wizard's step waits meanwhile).
 */
export function MonitorView() {
  const t = useTranslate();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const state = useMonitorStore();
  const { start, stop } = state;

  useEffect(() => {
    void start();
    return stop;
  }, [start, stop]);

  const clockTime = clockTimeFormat(t.locale);
  const limit = state.latest?.limit ?? null;
  const saveCsv = () => {
    const columns = state.history.columns();
    downloadText(monitorToCsv(columns, limit, state.changes), csvFileName(columns.times[0] ?? Date.now()), 'text/csv');
  };

  return (
    <section aria-labelledby="monitor-heading" className="step-panel monitor">
      <h2 id="monitor-heading" tabIndex={-1} ref={heading}>
        {t('monitor.heading')}
      </h2>
      <p className="muted">{t('monitor.intro')}</p>
      <LimitBanner latest={state.latest} changes={state.changes} />

      <div className="monitor-controls">
        {state.phase === 'paused' ? (
          <button type="button" onClick={() => void state.resume()}>
            {t('monitor.resume')}
          </button>
        ) : (
          // aria-disabled, not disabled, while the watch starts: a disabled button drops the keyboard's
          // focus, and Resume turns into this button.
          <button type="button" onClick={state.pause} aria-disabled={state.phase !== 'watching'}>
            {t('monitor.pause')}
          </button>
        )}
        <label className="monitor-interval">
          {t('monitor.interval.label')}{' '}
          <select value={state.intervalSeconds} onChange={(event) => state.setIntervalSeconds(Number(event.target.value))}>
            {MONITOR_INTERVAL_CHOICES.map((seconds) => (
              <option key={seconds} value={seconds}>
                {t('monitor.interval.option', { count: seconds })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={saveCsv} disabled={state.history.length === 0}>
          {t('monitor.saveCsv')}
        </button>
      </div>
      <p role="status" className={state.phase === 'failed' ? 'notice notice-error' : 'monitor-status'}>
        {statusText(state, t)}
      </p>

      <figure className="monitor-figure">
        <ConnectionsChart history={state.history} version={state.historyVersion} limit={limit} describedBy={SUMMARY_ID} />
        <figcaption className="monitor-legend">
          <span className="legend-total">{t('monitor.chart.total')}</span>
          <span className="legend-anonymous">{t('monitor.chart.anonymous')}</span>
          {drawsLimit(limit) && <span className="legend-limit">{t('monitor.chart.limit', { max: limit })}</span>}
        </figcaption>
      </figure>
      <p id={SUMMARY_ID} className="monitor-summary" aria-live="polite">
        {chartSummary(state.latest, state.peak, t, clockTime)}
      </p>

      <h3>{t('monitor.changes.heading')}</h3>
      <ChangesTable changes={state.changes} dropped={state.changesDropped} />

      <div className="actions">
        <button type="button" onClick={state.closeMonitor}>
          {t('monitor.close')}
        </button>
      </div>
    </section>
  );
}

function statusText(state: ReturnType<typeof useMonitorStore.getState>, t: ReturnType<typeof useTranslate>): string {
  switch (state.phase) {
    case 'starting':
      return t('monitor.status.starting');
    case 'paused':
      return t('monitor.status.paused');
    case 'failed':
      return t('monitor.status.failed', { message: state.error ?? '' });
    case 'watching':
      if (state.skipped) return t(`monitor.status.skipped.${state.skipped}`);
      if (state.latest?.failure) return t('monitor.status.pollFailed', { reason: describeFailure(state.latest.failure, t) });
      return t('monitor.status.watching', { count: state.intervalSeconds });
  }
}
