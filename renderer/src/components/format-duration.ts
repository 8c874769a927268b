import type { Translate } from '../../../shared/i18n/translate';

/** A duration the way a person says it: "45 s", "12 min", "2 h 5 min", "3 d 4 h". */
export function formatDuration(seconds: number, t: Translate): string {
  if (seconds < 60) return t('time.seconds', { count: seconds });
  if (seconds < 3600) return t('time.minutes', { count: Math.floor(seconds / 60) });
  if (seconds < 86400) return t('time.hours', { hours: Math.floor(seconds / 3600), minutes: Math.floor((seconds % 3600) / 60) });
  return t('time.days', { days: Math.floor(seconds / 86400), hours: Math.floor((seconds % 86400) / 3600) });
}
