import { describeCommandFailure } from '../../../shared/commands/command-failure';
import type { Translate } from '../../../shared/i18n/translate';
import type { MonitorSampleEvent } from '../../../shared/monitor/monitor-events';
import type { SessionChange } from '../../../shared/monitor/session-changes';

/** One check as `monitor --json` prints it: one object per line. */
export function monitorSampleToJson(event: MonitorSampleEvent, t: Translate) {
  const person = ({ computer, user, opened }: SessionChange) => ({ computer, user, opened });
  const { total, anonymous } = event.sample;
  return {
    time: new Date(event.sample.time).toISOString(),
    sessions: total === null ? null : { total, null: anonymous ?? 0 },
    limit: event.limit,
    joined: event.changes.filter((change) => change.change === 'joined').map(person),
    left: event.changes.filter((change) => change.change === 'left').map(person),
    // Only when the check read nothing: why (skipped for other work, or the commands failed).
    ...(total === null ? { problem: problemOf(event, t) } : {}),
  };
}

/** One check as a line of text: the time, the connections against the limit, the slots left, who joined and who left. */
export function monitorSampleToText(event: MonitorSampleEvent, t: Translate): string {
  const time = clockTime(event.sample.time);
  const { total, anonymous } = event.sample;
  if (total === null) {
    return event.skipped ? t('monitor.cli.skipped', { time, reason: problemOf(event, t) }) : t('monitor.cli.failed', { time, reason: problemOf(event, t) });
  }
  const counts =
    event.limit === null
      ? t('monitor.cli.lineNoLimit', { time, used: total, anonymous: anonymous ?? 0 })
      : t('monitor.cli.line', { time, used: total, max: event.limit, anonymous: anonymous ?? 0 });
  const who = (change: SessionChange) => {
    const name = change.user === '' ? t('monitor.anonymous') : change.user;
    return change.opened.length > 0
      ? t('monitor.cli.whoOpened', { computer: change.computer, who: name, opened: change.opened.join(', ') })
      : t('monitor.cli.who', { computer: change.computer, who: name });
  };
  const joined = event.changes.filter((change) => change.change === 'joined').map(who);
  const left = event.changes.filter((change) => change.change === 'left').map(who);
  return [
    counts,
    event.freeSlots === 0 ? t('monitor.cli.full') : event.freeSlots === 1 ? t('monitor.cli.oneLeft') : null,
    joined.length > 0 ? t('monitor.cli.joined', { list: joined.join(', ') }) : null,
    left.length > 0 ? t('monitor.cli.left', { list: left.join(', ') }) : null,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

function problemOf(event: MonitorSampleEvent, t: Translate): string {
  if (event.skipped) return t(`monitor.status.skipped.${event.skipped}`);
  return event.failure ? describeCommandFailure(event.failure) : '';
}

/** The time of day on this computer's clock, HH:MM:SS: what a technician compares with the office's clocks. */
function clockTime(time: number): string {
  const date = new Date(time);
  return [date.getHours(), date.getMinutes(), date.getSeconds()].map((part) => String(part).padStart(2, '0')).join(':');
}
