import type { Finding } from '../../../shared/diagnosis/finding';
import { findingText } from '../../../shared/diagnosis/finding-text';
import { useTranslate } from '../i18n/translation-context';

export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const t = useTranslate();
  if (findings.length === 0) return <p>{t('findings.none')}</p>;
  return (
    <ul className="findings">
      {findings.map((finding) => (
        <li key={finding.id} className={`finding severity-${finding.severity}`} data-finding={finding.id}>
          <h4>
            <span className={`badge badge-${finding.severity}`}>{t(`severity.${finding.severity}`)}</span> {findingText(finding, t).title}
          </h4>
          <p>{findingText(finding, t).explanation}</p>
          {finding.evidence.length > 0 && (
            <details className="evidence">
              <summary>{t('findings.evidence')}</summary>
              <pre>
                {finding.evidence
                  .map(
                    (evidence) =>
                      `${evidence.source}${evidence.lineNumber === null ? '' : `:${evidence.lineNumber}`}  ${evidence.text || t('findings.evidence.noLine')}`,
                  )
                  .join('\n')}
                {Number(finding.params.moreEvidence ?? 0) > 0 ? `\n${t('findings.moreEvidence', { count: finding.params.moreEvidence ?? 0 })}` : ''}
              </pre>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
