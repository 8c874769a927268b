import { createTranslator, type Translate } from '../i18n/translate';
import { actionMessageKeys, type Action } from './actions';
import type { Diagnosis } from './diagnose';
import { findingMessageKeys, type Finding } from './finding';
import { notCheckedMessageKeys } from './not-checked';
import { pcOverview } from './pc-overview';

const findingText = (t: Translate, finding: Finding, part: 'title' | 'explanation') => t(findingMessageKeys(finding)[part], finding.params);
const actionReason = (t: Translate, action: Action) => t(actionMessageKeys(action).reason, action.params);

/** The diagnosis as the CLI's --json prints it: stable ids plus the catalog's words. */
export function diagnosisToJson(diagnosis: Diagnosis, t: Translate = createTranslator()) {
  return {
    os: diagnosis.os && { name: diagnosis.os.name, build: diagnosis.os.build, edition: diagnosis.os.edition },
    limit: diagnosis.limit,
    sessions: diagnosis.sessions,
    role: diagnosis.role,
    findings: diagnosis.findings.map((finding) => ({
      id: finding.id,
      severity: finding.severity,
      title: findingText(t, finding, 'title'),
      explanation: findingText(t, finding, 'explanation'),
      evidence: finding.evidence,
    })),
    actions: diagnosis.actions.map((action) => ({
      id: action.id,
      recommended: action.recommended,
      reason: actionReason(t, action),
      reasonId: action.reason,
      title: t(actionMessageKeys(action).title),
      restart: action.restart,
      targets: action.targets,
    })),
    notChecked: diagnosis.notChecked.map((item) => ({
      id: item.id,
      reason: item.reason,
      what: t(notCheckedMessageKeys(item).what),
      why: t(notCheckedMessageKeys(item).why),
    })),
    sources: diagnosis.sources,
  };
}

/** The readable report the CLI prints without --json, in the translator's language. */
export function diagnosisToText(diagnosis: Diagnosis, t: Translate = createTranslator()): string {
  const lines: string[] = [];
  const overview = pcOverview(diagnosis, t);
  lines.push(`${t('report.pc.windows')}: ${overview.windows}`);
  lines.push(`${t('report.pc.limit')}: ${overview.limit}`);
  lines.push(`${t('report.pc.connections')}: ${overview.connections}`);
  lines.push('');
  if (diagnosis.findings.length === 0) lines.push(t('findings.none'));
  for (const finding of diagnosis.findings) {
    lines.push(`[${t(`severity.${finding.severity}`)}] ${findingText(t, finding, 'title')}  (${finding.id})`);
    lines.push(...wrap(findingText(t, finding, 'explanation'), 96, t.locale).map((line) => `    ${line}`));
    for (const evidence of finding.evidence) {
      lines.push(`    > ${evidence.source}${evidence.lineNumber === null ? '' : `:${evidence.lineNumber}`}  ${evidence.text}`);
    }
    const more = Number(finding.params.moreEvidence ?? 0);
    if (more > 0) lines.push(`    > ${t('findings.moreEvidence', { count: more })}`);
    lines.push('');
  }
  if (diagnosis.notChecked.length > 0) {
    lines.push(t('notChecked.heading'), `  ${t('notChecked.intro')}`);
    for (const item of diagnosis.notChecked) lines.push(`  ? ${t(notCheckedMessageKeys(item).what)}: ${t(notCheckedMessageKeys(item).why)}`);
    lines.push('');
  }
  lines.push(t('cli.diagnose.whatToDo'));
  for (const action of diagnosis.actions) {
    lines.push(
      `  ${action.recommended ? '*' : '-'} ${t(actionMessageKeys(action).title)}  (${action.id}${action.recommended ? `, ${t('fix.recommended')}` : ''})`,
    );
    lines.push(`      ${actionReason(t, action)}`);
  }
  const notRead = Object.entries(diagnosis.sources).filter(([, status]) => status.status !== 'ok');
  if (notRead.length > 0) {
    lines.push('');
    const sources = notRead
      .map(([id, status]) => `${id} (${status.status === 'failed' ? describeFailureKind(status.failure) : String(status.reason)})`)
      .join(', ');
    lines.push(t('cli.diagnose.notRead', { sources }));
  }
  return `${lines.join('\n')}\n`;
}

function describeFailureKind(failure: unknown): string {
  return typeof failure === 'object' && failure !== null && 'kind' in failure ? String(failure.kind) : 'failed';
}

/**
 * The text in lines of at most `width` characters. A line may break after a space, or between two words
 * with nothing between them: Thai writes no spaces between words, so those breaks come from the word
 * segmenter (ICU's dictionary). Punctuation stays with its word; a word longer than a line stays whole.
 */
function wrap(text: string, width: number, locale: string): string[] {
  const pieces: string[] = [];
  let previous: Intl.SegmentData | null = null;
  for (const segment of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text.replace(/\s+/g, ' '))) {
    const mayBreak = previous !== null && (previous.segment === ' ' || (previous.isWordLike === true && segment.isWordLike === true));
    if (mayBreak || pieces.length === 0) pieces.push(segment.segment);
    else pieces[pieces.length - 1] += segment.segment;
    previous = segment;
  }
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current.trim() && (current + piece).trimEnd().length > width) {
      lines.push(current.trimEnd());
      current = piece.trimStart();
    } else current += piece;
  }
  if (current.trim()) lines.push(current.trimEnd());
  return lines;
}
