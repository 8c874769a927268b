import type { Translate } from '../i18n/translate';
import { reportToHtml } from './report-html';
import { reportToMarkdown } from './report-markdown';
import { buildReport, type ReportInput } from './report-model';

export const REPORT_FORMATS = ['html', 'md', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A report ready to save: its suggested file name, its type, and its text. */
export interface ReportFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly text: string;
}

const MIME_TYPES: Readonly<Record<ReportFormat, string>> = { html: 'text/html', md: 'text/markdown', json: 'application/json' };

/** The report in one format, named after the PC (or "office" for several) and the time it was made. */
export function reportFile(input: ReportInput, format: ReportFormat, t: Translate): ReportFile {
  const model = buildReport(input, t);
  const text = format === 'html' ? reportToHtml(model, t) : format === 'md' ? reportToMarkdown(model, t) : `${JSON.stringify(model, null, 2)}\n`;
  const who = model.pcs.length === 1 ? (model.pcs[0]!.computerName ?? 'pc') : 'office';
  const stamp = input.generatedAt.slice(0, 16).replace(/[:T]/g, '-');
  const safe = who.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '') || 'pc';
  return { fileName: `workgroup-doctor-${safe}-${stamp}.${format}`, mimeType: MIME_TYPES[format], text };
}
