import { actionMessageKeys } from '../diagnosis/actions';
import { findingText } from '../diagnosis/finding-text';
import { readHostFacts } from '../diagnosis/host-facts';
import { notCheckedMessageKeys } from '../diagnosis/not-checked';
import type { Translate } from '../i18n/translate';
import type { ScanResult } from '../ipc/contract';

/**
 * One paragraph to paste into an e-mail or a ticket: which PC, how full it is, what was found, what
 * could not be checked, and the fix to do first. Words from the catalog; the full detail is the report.
 */
export function summaryParagraph(scan: ScanResult, t: Translate): string {
  const { diagnosis } = scan;
  // Titles are sentences of their own (capitalized, some with commas): a semicolon keeps them apart.
  const list = (items: readonly string[]) => items.join('; ');
  const computerName = readHostFacts(scan.readings).serverConfig?.serverName || null;
  const windows = diagnosis.os?.name ?? t('report.windowsUnknown');
  const when = new Date(scan.finishedAt).toLocaleString(t.locale);
  const sentences = [computerName === null ? t('summary.scannedThisPc', { windows, when }) : t('summary.scanned', { computer: computerName, windows, when })];
  const { sessions, limit } = diagnosis;
  if (sessions === null) sentences.push(t('findings.gauge.unreadable'));
  else if (limit.max === null) sentences.push(`${t('findings.gauge.textNoLimit', { used: sessions.total })}.`);
  else sentences.push(`${t('findings.gauge.text', { used: sessions.total, max: limit.max })}, ${t('findings.gauge.nullPart', { count: sessions.null })}.`);
  const titles = (severity: string) => diagnosis.findings.filter((finding) => finding.severity === severity).map((finding) => findingText(finding, t).title);
  if (titles('critical').length > 0) sentences.push(t('summary.problems', { list: list(titles('critical')) }));
  if (titles('warning').length > 0) sentences.push(t('summary.warnings', { list: list(titles('warning')) }));
  if (titles('critical').length === 0 && titles('warning').length === 0) sentences.push(t('summary.noProblems'));
  if (diagnosis.notChecked.length > 0) {
    sentences.push(t('summary.notChecked', { list: list(diagnosis.notChecked.map((item) => t(notCheckedMessageKeys(item).what))) }));
  }
  const recommended = diagnosis.actions.find((action) => action.recommended);
  if (recommended) sentences.push(t('summary.recommended', { action: t(actionMessageKeys(recommended).title) }));
  return sentences.join(' ');
}
