import { createTranslator, type Translate } from '../i18n/translate';
import { actionMessageKeys, type Action } from './actions';
import type { Diagnosis } from './diagnose';
import type { Finding } from './finding';
import { findingText as wordedFinding } from './finding-text';
import { notCheckedMessageKeys } from './not-checked';

const findingText = (t: Translate, finding: Finding, part: 'title' | 'explanation') => wordedFinding(finding, t)[part];
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
      alsoHelps: action.alsoHelps,
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

/** The readable report the CLI prints without --json. */
export function diagnosisToText(diagnosis: Diagnosis, t: Translate = createTranslator()): string {
  const lines: string[] = [];
  const os = diagnosis.os
    ? [diagnosis.os.name, diagnosis.os.edition && `(${diagnosis.os.edition})`, diagnosis.os.build && `build ${diagnosis.os.build}`].filter(Boolean).join(' ')
    : 'unknown Windows version';
  lines.push(`Windows: ${os}`);
  const limit = diagnosis.limit.max === null ? 'unknown' : `${diagnosis.limit.max} (from ${diagnosis.limit.source})`;
  lines.push(`Connection limit: ${limit}`);
  lines.push(
    diagnosis.sessions
      ? `Connections in use: ${diagnosis.sessions.total}, of which anonymous (null sessions): ${diagnosis.sessions.null}`
      : 'Connections in use: could not be read',
  );
  lines.push('');
  if (diagnosis.findings.length === 0) lines.push('No problems found.');
  for (const finding of diagnosis.findings) {
    lines.push(`[${finding.severity.toUpperCase()}] ${findingText(t, finding, 'title')}  (${finding.id})`);
    lines.push(...wrap(findingText(t, finding, 'explanation'), 96).map((line) => `    ${line}`));
    for (const evidence of finding.evidence) {
      lines.push(`    > ${evidence.source}${evidence.lineNumber === null ? '' : `:${evidence.lineNumber}`}  ${evidence.text}`);
    }
    if (Number(finding.params.moreEvidence ?? 0) > 0) lines.push(`    > … and ${finding.params.moreEvidence} more`);
    lines.push('');
  }
  if (diagnosis.notChecked.length > 0) {
    lines.push(t('notChecked.heading'), `  ${t('notChecked.intro')}`);
    for (const item of diagnosis.notChecked) lines.push(`  ? ${t(notCheckedMessageKeys(item).what)}: ${t(notCheckedMessageKeys(item).why)}`);
    lines.push('');
  }
  lines.push('What to do:');
  for (const action of diagnosis.actions) {
    const mark = action.recommended ? ['*', ', recommended'] : action.alsoHelps ? ['+', ', also helps'] : ['-', ''];
    lines.push(`  ${mark[0]} ${t(actionMessageKeys(action).title)}  (${action.id}${mark[1]})`);
    lines.push(`      ${actionReason(t, action)}`);
  }
  const notRead = Object.entries(diagnosis.sources).filter(([, status]) => status.status !== 'ok');
  if (notRead.length > 0) {
    lines.push('');
    lines.push(
      `Not read: ${notRead.map(([id, status]) => `${id} (${status.status === 'failed' ? describeFailureKind(status.failure) : String(status.reason)})`).join(', ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function describeFailureKind(failure: unknown): string {
  return typeof failure === 'object' && failure !== null && 'kind' in failure ? String(failure.kind) : 'failed';
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current && current.length + word.length + 1 > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}
