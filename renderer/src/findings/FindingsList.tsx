import type { Evidence } from '../../../shared/diagnosis/evidence';
import type { Finding } from '../../../shared/diagnosis/finding';
import { findingText } from '../../../shared/diagnosis/finding-text';
import { CommandBlock } from '../components/CommandBlock';
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
              <CommandBlock
                label={t('findings.evidence.label', { title: findingText(finding, t).title })}
                copyLabel={t('copy.evidence')}
                text={[
                  ...evidenceLines(finding.evidence, t('findings.evidence.noLine')),
                  ...(Number(finding.params.moreEvidence ?? 0) > 0 ? [t('findings.moreEvidence', { count: finding.params.moreEvidence ?? 0 })] : []),
                ].join('\n')}
              />
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Each proof line after its source and line number, padded so that the command's own columns line up. */
function evidenceLines(evidence: readonly Evidence[], noLine: string): string[] {
  const places = evidence.map((line) => `${line.source}${line.lineNumber === null ? '' : `:${line.lineNumber}`}`);
  const width = Math.max(...places.map((place) => place.length));
  return evidence.map((line, index) => `${places[index]!.padEnd(width)}  ${line.text || noLine}`);
}
