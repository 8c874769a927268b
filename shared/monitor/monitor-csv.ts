import type { SampleColumns } from './sample-history';
import type { SessionChange } from './session-changes';

/** A CSV field: quoted when it holds a separator, a quote or a line break (RFC 4180). A leading =, +, - or @ is neutralized so a spreadsheet does not run it as a formula. */
function field(value: string | number | null): string {
  if (value === null || (typeof value === 'number' && Number.isNaN(value))) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The watched period as CSV: one row per poll, then one row per arrival or departure. */
export function monitorToCsv(columns: SampleColumns, limit: number | null, changes: readonly SessionChange[]): string {
  const rows = ['time,connections,anonymous,limit'];
  for (let i = 0; i < columns.times.length; i++) {
    rows.push([new Date(columns.times[i]!).toISOString(), field(columns.totals[i]!), field(columns.anonymous[i]!), field(limit)].join(','));
  }
  rows.push('', 'time,change,computer,user,opened');
  for (const change of changes)
    rows.push([new Date(change.time).toISOString(), change.change, field(change.computer), field(change.user), field(change.opened.join('; '))].join(','));
  return `${rows.join('\r\n')}\r\n`;
}
