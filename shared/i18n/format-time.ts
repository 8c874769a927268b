/**
 * A moment as the reader's language writes it (day, month, year and time, in the local time zone):
 * "30 November 2026 at 02:40", "30. November 2026 um 02:40", Thai with its Buddhist-era year. Files meant
 * for programs (JSON, the journal) keep the ISO text; this is only for people. Text that is not a time
 * is returned as it is, so a damaged record still shows what it holds.
 */
export function formatDateTime(isoTime: string, locale: string, timeZone?: string): string {
  const moment = new Date(isoTime);
  if (Number.isNaN(moment.getTime())) return isoTime;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(moment);
}
