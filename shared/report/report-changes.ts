import type { JournalEntry } from '../fixes/journal-entry';
import type { Translate } from '../i18n/translate';
import type { ReportChange } from './report-model';

/** A journal entry as a report lists it: when, what, how it ended, and the values before and after. */
export function reportChange(entry: JournalEntry, t: Translate): ReportChange {
  const values = entry.changed.map((change) => t('report.changes.value', { name: change.name, before: describeValue(change.before, t), after: describeValue(change.after, t) }));
  return {
    when: entry.startedAt,
    what: t(entry.summary.key, entry.summary.params),
    result: t(`changes.status.${entry.status}`),
    details: [...values, ...(entry.problem ? [entry.problem] : []), ...(entry.undoneAt ? [t('report.changes.undoneAt', { time: entry.undoneAt })] : [])],
  };
}

function describeValue(value: JournalEntry['changed'][number]['before'], t: Translate): string {
  if (value === null) return t('report.changes.notSet');
  return Array.isArray(value.data) ? value.data.join(', ') : String(value.data);
}
