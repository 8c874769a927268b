import { formatDateTime } from '../i18n/format-time';
import type { Translate } from '../i18n/translate';
import type { ReportModel, ReportPc } from './report-model';

/** Text as HTML: every character that could start markup is escaped, so nothing read from a PC can. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const e = escapeHtml;

/**
 * The report as one self-contained HTML file: no script, no external resource (its own policy forbids
 * both), styles inline, laid out to print on A4 or Letter. It opens in any browser and can be mailed.
 */
export function reportToHtml(model: ReportModel, t: Translate): string {
  const title = model.pcs.length === 1 ? t('report.title') : t('report.titleOffice', { count: model.pcs.length });
  const body = [
    `<header><h1>${e(title)}</h1><p>${e(t('report.madeBy', { version: model.appVersion, time: formatDateTime(model.generatedAt, t.locale) }))}</p>`,
    model.anonymized ? `<p class="note">${e(t('report.anonymized'))}</p>` : '',
    '</header>',
    model.pcs.length > 1 ? summaryTable(model, t) : '',
    ...model.pcs.map((pc, index) => pcSection(pc, index, t)),
  ].join('\n');
  return `<!doctype html>
<html lang="${e(t.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function summaryTable(model: ReportModel, t: Translate): string {
  const rows = model.pcs.map(
    (pc, index) =>
      `<tr><th scope="row"><a href="#pc-${index + 1}">${e(pc.computerName ?? pc.label)}</a></th><td>${e(pc.windows)}</td><td>${e(pc.connections)}</td><td class="verdict-${pc.verdict}">${e(t(`report.verdict.${pc.verdict}`))}</td></tr>`,
  );
  return `<section><h2>${e(t('report.summary.heading'))}</h2><table><thead><tr><th scope="col">${e(t('report.summary.pc'))}</th><th scope="col">${e(t('report.summary.windows'))}</th><th scope="col">${e(t('report.summary.connections'))}</th><th scope="col">${e(t('report.summary.verdict'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function pcSection(pc: ReportPc, index: number, t: Translate): string {
  const facts: [string, string][] = [
    [t('report.pc.computerName'), pc.computerName ?? '—'],
    [t('report.pc.windows'), pc.windows],
    [t('report.pc.limit'), pc.limit],
    [t('report.pc.connections'), pc.connections],
    [t('report.pc.scannedAt'), formatDateTime(pc.scannedAt, t.locale)],
  ];
  return `<section class="pc" id="pc-${index + 1}">
<h2>${e(pc.label)} <span class="verdict-${pc.verdict}">${e(t(`report.verdict.${pc.verdict}`))}</span></h2>
<dl>${facts.map(([term, value]) => `<dt>${e(term)}</dt><dd>${e(value)}</dd>`).join('')}</dl>
<h3>${e(t('report.findings.heading'))}</h3>
${pc.findings.length === 0 ? `<p>${e(t('report.findings.none'))}</p>` : pc.findings.map(findingHtml(t)).join('\n')}
<h3>${e(t('findings.sessions.heading'))}</h3>
${table(
  pc.sessions,
  t('report.sessions.unreadable'),
  t('findings.sessions.none'),
  [t('findings.sessions.computer'), t('findings.sessions.user'), t('findings.sessions.clientType'), t('findings.sessions.opens'), t('findings.sessions.idle')],
  (s) => [s.computer, s.user === '' ? t('findings.sessions.anonymous') : s.user, s.client, String(s.opens), `${s.idleSeconds} s`],
)}
<h3>${e(t('findings.files.heading'))}</h3>
${table(pc.openFiles, t('report.files.unreadable'), t('findings.files.none'), [t('findings.files.id'), t('findings.files.path'), t('findings.files.user'), t('findings.files.locks')], (f) => [String(f.id), f.path, f.user === '' ? t('findings.sessions.anonymous') : f.user, String(f.locks)])}
<h3>${e(t('findings.shares.heading'))}</h3>
${table(pc.shares, t('report.shares.unreadable'), t('findings.shares.none'), [t('findings.shares.name'), t('findings.shares.resource'), t('findings.shares.remark')], (s) => [s.name, s.resource, s.remark])}
<h3>${e(t('report.changes.heading'))}</h3>
${
  pc.changes.length === 0
    ? `<p>${e(t('report.changes.none'))}</p>`
    : table(pc.changes, '', '', [t('report.changes.when'), t('report.changes.what'), t('report.changes.result')], (c) => [
        formatDateTime(c.when, t.locale),
        [c.what, ...c.details].join('\n'),
        c.result,
      ])
}
${pc.monitoredPeriod ? monitoredPeriodHtml(pc.monitoredPeriod, t) : ''}
<section class="appendix">
<h3>${e(t('report.raw.heading'))}</h3>
<p>${e(t('report.raw.intro'))}</p>
${pc.rawOutputs.map((raw) => `<h4>${e(raw.title)} <small>(${e(raw.status)})</small></h4><pre>${e(raw.text || t('findings.raw.empty'))}</pre>`).join('\n')}
</section>
</section>`;
}

function monitoredPeriodHtml(period: NonNullable<ReportPc['monitoredPeriod']>, t: Translate): string {
  return `<h3>${e(t('monitor.report.heading'))}</h3>
<p>${e(period.period)}<br>${e(period.peak)}<br>${e(period.limit)}</p>
${
  period.arrivals.length === 0
    ? ''
    : `<h4>${e(t('monitor.report.arrivals'))}</h4>
${table(period.arrivals, '', '', [t('monitor.changes.time'), t('monitor.changes.computer'), t('monitor.changes.user'), t('monitor.changes.opened')], (a) => [
  a.when,
  a.computer,
  a.user,
  a.opened,
])}`
}`;
}

function findingHtml(t: Translate) {
  return (finding: ReportPc['findings'][number]) => `<article class="finding severity-${finding.severity}">
<h4><span class="badge">${e(finding.severityText)}</span> ${e(finding.title)}</h4>
<p>${e(finding.explanation)}</p>
${finding.evidence.length > 0 ? `<p class="proof-label">${e(t('report.findings.proof'))}</p><pre>${e(finding.evidence.join('\n'))}</pre>` : ''}
</article>`;
}

function table<Row>(
  rows: readonly Row[] | null,
  unreadable: string,
  empty: string,
  headers: readonly string[],
  cells: (row: Row) => readonly string[],
): string {
  if (rows === null) return `<p>${e(unreadable)}</p>`;
  if (rows.length === 0) return `<p>${e(empty)}</p>`;
  return `<table><thead><tr>${headers.map((header) => `<th scope="col">${e(header)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (row) =>
        `<tr>${cells(row)
          .map((cell) => `<td>${e(cell)}</td>`)
          .join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

const STYLE = `
body { font: 11pt/1.45 "Segoe UI", "Leelawadee UI", Tahoma, "Noto Sans", "Noto Sans Thai", Arial, sans-serif; color: #1d2433; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid #d6dbe4; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; } h4 { margin: .5rem 0 .25rem; }
.note { background: #fff6d8; padding: .5rem .75rem; border-left: 4px solid #c69a00; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: 600; } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: 10pt; } th, td { border: 1px solid #d6dbe4; padding: .25rem .4rem; text-align: left; vertical-align: top; white-space: pre-wrap; overflow-wrap: anywhere; }
thead th { background: #eef1f6; }
pre { font: 9pt/1.35 Consolas, "Cascadia Mono", "DejaVu Sans Mono", monospace; background: #f5f6f8; border: 1px solid #d6dbe4; padding: .5rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.finding { border-left: 4px solid #8a94a6; padding-left: .75rem; margin: .75rem 0; break-inside: avoid; }
.severity-critical { border-color: #b3261e; } .severity-warning { border-color: #c69a00; } .severity-info { border-color: #3d6fb6; }
.badge { font-size: .8em; border: 1px solid currentColor; border-radius: .25rem; padding: 0 .3rem; }
.verdict-critical { color: #b3261e; } .verdict-warning { color: #8a6a00; } .verdict-healthy { color: #1d7a3a; }
h2 span { font-size: .8em; font-weight: normal; }
.proof-label { font-weight: 600; margin-bottom: 0; }
@media print { body { font-size: 10pt; } main { max-width: none; padding: 0; } .pc { break-before: page; } .pc:first-of-type { break-before: auto; } .appendix { break-before: page; } a { color: inherit; text-decoration: none; } }
`;
