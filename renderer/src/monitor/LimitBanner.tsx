import type { MonitorSampleEvent } from '../../../shared/monitor/monitor-events';
import type { SessionChange } from '../../../shared/monitor/session-changes';
import { useTranslate } from '../i18n/translation-context';
import { clockTimeFormat } from './clock-time';
import { newestArrivals } from './newest-arrivals';

/** When one slot or none is left: says so, and names the computers that arrived last. */
export function LimitBanner({ latest, changes }: { latest: MonitorSampleEvent | null; changes: readonly SessionChange[] }) {
  const t = useTranslate();
  if (latest === null || latest.freeSlots === null || latest.freeSlots > 1) return null;
  const full = latest.freeSlots === 0;
  const newest = newestArrivals(changes, t, clockTimeFormat(t.locale));
  return (
    <div role="alert" className={full ? 'monitor-banner monitor-banner-full' : 'monitor-banner'}>
      <strong>{full ? t('monitor.banner.full') : t('monitor.banner.oneLeft')}</strong>{' '}
      {newest.length > 0 ? t('monitor.banner.newest', { list: newest.join('; ') }) : t('monitor.banner.noArrivals')}
    </div>
  );
}
