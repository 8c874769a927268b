import { changeSummary, entryState, type ChangeFacts, type JournalEntry } from '../fixes/journal-entry';
import { disconnectedComputers } from '../fixes/journal-format';
import { formatDateTime } from '../i18n/format-time';
import type { Translate } from '../i18n/translate';
import type { ReportChange } from './report-model';

/** A journal entry as a report lists it: when, what, how it stands, and what it changed, from its facts. */
export function reportChange(entry: JournalEntry, t: Translate): ReportChange {
  const summary = changeSummary(entry.change);
  return {
    when: entry.startedAt,
    what: t(summary.key, summary.params),
    result: t(`changes.status.${entryState(entry, false)}`),
    details: [
      ...changeDetails(entry.change, t),
      ...(entry.problem ? [entry.problem] : []),
      ...(entry.undoneAt ? [t('report.changes.undoneAt', { time: formatDateTime(entry.undoneAt, t.locale) })] : []),
    ],
  };
}

function changeDetails(change: ChangeFacts, t: Translate): string[] {
  switch (change.action) {
    case 'method-1':
      return change.values.map((value) =>
        t('report.changes.value', { name: value.name, before: value.before === null ? t('report.changes.notSet') : value.before, after: value.after }),
      );
    case 'method-2':
      return change.printers.map((printer) => t('report.changes.printer', { printer: printer.name, share: printer.shareName }));
    case 'autodisconnect':
      return [t('report.changes.value', { name: 'autodisconnect', before: change.minutesBefore, after: change.minutesAfter })];
    case 'disconnect':
      return disconnectedComputers(change).flatMap((ended) => ended.openFiles.map((file) => t('report.changes.closedFile', { path: file.path })));
    case 'start-server':
      return [t('report.changes.value', { name: 'LanmanServer start type', before: change.startTypeBefore, after: 'auto' })];
    case 'close-file':
      return [];
  }
}
