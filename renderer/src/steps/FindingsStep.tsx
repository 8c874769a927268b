import type { ReactNode } from 'react';
import { useFocusHeading } from '../components/use-focus-heading';
import { FindingsList } from '../findings/FindingsList';
import { OpenFilesTable } from '../findings/OpenFilesTable';
import { RawOutputs } from '../findings/RawOutputs';
import { RemoteCheck } from '../findings/RemoteCheck';
import { SessionGauge } from '../findings/SessionGauge';
import { SessionsTable } from '../findings/SessionsTable';
import { SharesTable } from '../findings/SharesTable';
import { whyUnavailable } from '../components/describe-reading';
import { useTranslate } from '../i18n/translation-context';
import { WatchButton } from '../monitor/WatchButton';
import { openFilesOf, sessionsOf, sharesOf } from '../store/selectors';
import type { WizardStep } from '../store/wizard-state';
import { useWizardStore } from '../store/wizard-store';
import type { Diagnosis } from '../../../shared/diagnosis/diagnose';
import type { Translate } from '../../../shared/i18n/translate';

export function FindingsStep({ step }: { step: Extract<WizardStep, { kind: 'findings' }> }) {
  const t = useTranslate();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const boot = useWizardStore((s) => s.boot);
  const showFixes = useWizardStore((s) => s.showFixes);
  const startOver = useWizardStore((s) => s.startOver);
  const { result } = step;
  const { diagnosis, readings } = result;
  const scenario = boot.kind === 'ready' ? boot.info.scenarios.find((s) => s.id === result.scenarioId) : undefined;

  return (
    <section aria-labelledby="findings-heading" className="step-panel">
      <h2 id="findings-heading" tabIndex={-1} ref={heading}>
        {t('findings.heading')}
      </h2>
      <p className="muted">
        {scenario && `${t('findings.scannedDemo', { title: scenario.title })} · `}
        {t('findings.scannedAt', { seconds: result.durationMs / 1000 })}
      </p>
      <p className="verdict">{verdict(diagnosis, t)}</p>
      <SessionGauge diagnosis={diagnosis} />
      <WatchButton />

      <h3>{t('findings.list.heading')}</h3>
      <FindingsList findings={diagnosis.findings} />
      {step.symptom === 'error-here' && <RemoteCheck result={result} />}

      <Section title={t('findings.sessions.heading')} unavailable={sessionsOf(result) === null && whyUnavailable(readings.sources['net-session'], t)}>
        <SessionsTable result={result} />
      </Section>
      <Section title={t('findings.files.heading')} unavailable={openFilesOf(result) === null && whyUnavailable(readings.sources['net-file'], t)}>
        <OpenFilesTable files={openFilesOf(result) ?? []} />
      </Section>
      <Section title={t('findings.shares.heading')} unavailable={sharesOf(result) === null && whyUnavailable(readings.sources['net-share'], t)}>
        <SharesTable shares={sharesOf(result) ?? []} />
      </Section>

      <details className="technician">
        <summary>
          <h3>{t('findings.raw.heading')}</h3>
        </summary>
        <RawOutputs readings={readings} />
      </details>

      <div className="actions">
        <button type="button" onClick={startOver}>
          {t('findings.scanAgain')}
        </button>
        <button type="button" className="primary" onClick={showFixes}>
          {t('findings.next')}
        </button>
      </div>
    </section>
  );
}

function Section({ title, unavailable, children }: { title: string; unavailable: string | false | null; children: ReactNode }) {
  return (
    <section className="findings-section" aria-label={title}>
      <h3>{title}</h3>
      {unavailable ? <p className="notice">{unavailable}</p> : children}
    </section>
  );
}

function verdict(diagnosis: Diagnosis, t: Translate): string {
  if (diagnosis.role === 'client') return t('findings.verdict.client');
  if (diagnosis.findings.some((f) => f.severity === 'critical')) return t('findings.verdict.problem');
  if (diagnosis.sessions === null) return t('findings.verdict.incomplete');
  if (diagnosis.findings.some((f) => f.severity === 'warning')) return t('findings.verdict.warning');
  return t('findings.verdict.healthy');
}
