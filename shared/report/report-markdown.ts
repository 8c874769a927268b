import { formatDateTime } from '../i18n/format-time';
import type { Translate } from '../i18n/translate';
import type { ReportModel, ReportPc } from './report-model';

/** A table cell's text: pipes escaped, line breaks kept as <br> (Markdown tables are one line per row). */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A block of program output that no text inside can close: the fence is longer than any run of backticks in it. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text.replace(/\r\n/g, '\n').replace(/\n$/, '')}\n${fence}`;
}

/** Plain text in running Markdown: the characters that would start formatting are escaped. */
function plain(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${headers.map(cell).join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join(
    '\n',
  );
}

/** The report as Markdown, for a ticket or an e-mail body: the same content as the HTML report. */
export function reportToMarkdown(model: ReportModel, t: Translate): string {
  const lines: string[] = [
    `# ${plain(model.pcs.length === 1 ? t('report.title') : t('report.titleOffice', { count: model.pcs.length }))}`,
    '',
    plain(t('report.madeBy', { version: model.appVersion, time: formatDateTime(model.generatedAt, t.locale) })),
  ];
  if (model.anonymized) lines.push('', `> ${plain(t('report.anonymized'))}`);
  if (model.pcs.length > 1) {
    lines.push('', `## ${plain(t('report.summary.heading'))}`, '');
    lines.push(
      table(
        [t('report.summary.pc'), t('report.summary.windows'), t('report.summary.connections'), t('report.summary.verdict')],
        model.pcs.map((pc) => [pc.computerName ?? pc.label, pc.windows, pc.connections, t(`report.verdict.${pc.verdict}`)]),
      ),
    );
  }
  for (const pc of model.pcs) lines.push('', ...pcSection(pc, t));
  return `${lines.join('\n')}\n`;
}

function pcSection(pc: ReportPc, t: Translate): string[] {
  const lines = [`## ${plain(pc.label)} — ${plain(t(`report.verdict.${pc.verdict}`))}`, ''];
  lines.push(`- **${plain(t('report.pc.computerName'))}:** ${plain(pc.computerName ?? '—')}`);
  lines.push(`- **${plain(t('report.pc.windows'))}:** ${plain(pc.windows)}`);
  lines.push(`- **${plain(t('report.pc.limit'))}:** ${plain(pc.limit)}`);
  lines.push(`- **${plain(t('report.pc.connections'))}:** ${plain(pc.connections)}`);
  lines.push(`- **${plain(t('report.pc.scannedAt'))}:** ${plain(formatDateTime(pc.scannedAt, t.locale))}`);
  lines.push('', `### ${plain(t('report.findings.heading'))}`, '');
  if (pc.findings.length === 0) lines.push(plain(t('report.findings.none')));
  for (const finding of pc.findings) {
    lines.push(`#### ${plain(finding.severityText)}: ${plain(finding.title)}`, '', plain(finding.explanation), '');
    if (finding.evidence.length > 0) lines.push(`${plain(t('report.findings.proof'))}:`, '', fenced(finding.evidence.join('\n')), '');
  }
  const section = (heading: string, rows: readonly (readonly string[])[] | null, headers: readonly string[], unreadable: string, empty: string) => {
    lines.push('', `### ${plain(heading)}`, '');
    lines.push(rows === null ? plain(unreadable) : rows.length === 0 ? plain(empty) : table(headers, rows));
  };
  section(
    t('findings.sessions.heading'),
    pc.sessions?.map((s) => [s.computer, s.user === '' ? t('findings.sessions.anonymous') : s.user, s.client, String(s.opens), `${s.idleSeconds} s`]) ?? null,
    [
      t('findings.sessions.computer'),
      t('findings.sessions.user'),
      t('findings.sessions.clientType'),
      t('findings.sessions.opens'),
      t('findings.sessions.idle'),
    ],
    t('report.sessions.unreadable'),
    t('findings.sessions.none'),
  );
  section(
    t('findings.files.heading'),
    pc.openFiles?.map((f) => [String(f.id), f.path, f.user === '' ? t('findings.sessions.anonymous') : f.user, String(f.locks)]) ?? null,
    [t('findings.files.id'), t('findings.files.path'), t('findings.files.user'), t('findings.files.locks')],
    t('report.files.unreadable'),
    t('findings.files.none'),
  );
  section(
    t('findings.shares.heading'),
    pc.shares?.map((s) => [s.name, s.resource, s.remark]) ?? null,
    [t('findings.shares.name'), t('findings.shares.resource'), t('findings.shares.remark')],
    t('report.shares.unreadable'),
    t('findings.shares.none'),
  );
  section(
    t('report.changes.heading'),
    pc.changes.map((c) => [formatDateTime(c.when, t.locale), [c.what, ...c.details].join('\n'), c.result]),
    [t('report.changes.when'), t('report.changes.what'), t('report.changes.result')],
    '',
    t('report.changes.none'),
  );
  if (pc.monitoredPeriod) {
    const period = pc.monitoredPeriod;
    lines.push('', `### ${plain(t('monitor.report.heading'))}`, '', plain(period.period), '', plain(period.peak), '', plain(period.limit));
    if (period.arrivals.length > 0)
      lines.push(
        '',
        `#### ${plain(t('monitor.report.arrivals'))}`,
        '',
        table(
          [t('monitor.changes.time'), t('monitor.changes.computer'), t('monitor.changes.user'), t('monitor.changes.opened')],
          period.arrivals.map((a) => [a.when, a.computer, a.user, a.opened]),
        ),
      );
  }
  lines.push('', `### ${plain(t('report.raw.heading'))}`, '', plain(t('report.raw.intro')));
  for (const raw of pc.rawOutputs) lines.push('', `#### ${plain(raw.title)} (${plain(raw.status)})`, '', fenced(raw.text || t('findings.raw.empty')));
  return lines;
}
