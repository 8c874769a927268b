import type { Translate } from '../../../shared/i18n/translate';
import type { SessionChange } from '../../../shared/monitor/session-changes';

const NAMED = 3;

/** The last computers that connected, newest first, in words: who they are, what they hold open, when. */
export function newestArrivals(changes: readonly SessionChange[], t: Translate, clockTime: (time: number) => string): string[] {
  const arrivals: string[] = [];
  for (let i = changes.length - 1; i >= 0 && arrivals.length < NAMED; i--) {
    const change = changes[i]!;
    if (change.change !== 'joined') continue;
    const who = change.user === '' ? t('monitor.anonymous') : change.user;
    const time = clockTime(change.time);
    arrivals.push(
      change.opened.length > 0
        ? t('monitor.arrival.opened', { computer: change.computer, who, opened: change.opened.join(', '), time })
        : t('monitor.arrival', { computer: change.computer, who, time }),
    );
  }
  return arrivals;
}
