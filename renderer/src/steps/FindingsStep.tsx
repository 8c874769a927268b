import { scenarioText } from '../../../shared/simulated-host/scenario-text';
import { useEffect, useRef, type ReactNode } from 'react';
import { useFocusWhen } from '../components/use-focus-when';
import { FindingsList } from '../findings/FindingsList';
import { NextSteps } from '../findings/NextSteps';
import { NotCheckedList } from '../findings/NotCheckedList';
import { OpenFilesTable } from '../findings/OpenFilesTable';
import { PassItOn } from '../findings/PassItOn';
import { RawOutputs } from '../findings/RawOutputs';
import { RemoteCheck } from '../findings/RemoteCheck';
import { SessionGauge } from '../findings/SessionGauge';
import { SessionsTable } from '../findings/SessionsTable';
import { SharesTable } from '../findings/SharesTable';
import { whyUnavailable } from '../components/describe-reading';
import { useTranslate } from '../i18n/translation-context';
import { WatchButton } from '../monitor/WatchButton';
import { openFilesOf, sessionsOf, sharesOf, verdictOf } from '../store/selectors';
import type { WizardStep } from '../store/wizard-state';
import { useWizardStore } from '../store/wizard-store';
import { ScanProgress } from './ScanProgress';

export function FindingsStep({ step, rescan }: { step: Extract<WizardStep, { kind: 'findings' }>; rescan?: Extract<WizardStep, { kind: 'scan' }> }) {
  const t = useTranslate();
  // Focus goes to the heading when findings appear, and again when a rescan brings new ones.
  const heading = useFocusWhen<HTMLHeadingElement>(step.result);
  const rescanning = rescan !== undefined;
  // The pressed "Scan again" is gone while scanning: focus goes to the progress, and back to the heading after.
  const rescanHeading = useFocusWhen<HTMLHeadingElement>(rescanning || null);
  const wasRescanning = useRef(false);
  useEffect(() => {
    if (wasRescanning.current && !rescanning) heading.current?.focus();
    wasRescanning.current = rescanning;
  }, [rescanning, heading]);
  const boot = useWizardStore((s) => s.boot);
  const showFixes = useWizardStore((s) => s.showFixes);
  const scanAgain = useWizardStore((s) => s.scanAgain);
  const { result } = step;
  const { diagnosis, readings } = result;
  const scenario = boot.kind === 'ready' ? boot.info.scenarios.find((s) => s.id === result.scenarioId) : undefined;
  const verdict = verdictOf(diagnosis);
  // A healthy PC has nothing to fix: scanning again while the error shows is the way on, not the fixes.
  const healthy = verdict === 'healthy';

  return (
    <section aria-labelledby="findings-heading" className="step-panel">
      <h2 id="findings-heading" tabIndex={-1} ref={heading}>
        {t('findings.heading')}
      </h2>
      <p className="muted">
        {scenario && `${t('findings.scannedDemo', { title: scenarioText(scenario, t.locale).title })} · `}
        {t('findings.scannedAt', { seconds: result.durationMs / 1000 })}
      </p>
      {rescan && (
        <section className="rescan notice" aria-labelledby="rescan-heading" aria-busy="true">
          <h3 id="rescan-heading" tabIndex={-1} ref={rescanHeading}>
            {t('findings.rescanning')}
          </h3>
          <p>{t('findings.rescanning.intro')}</p>
          <ScanProgress step={rescan} />
        </section>
      )}
      {step.afterElevation && (
        <p role="status" className="notice notice-ok">
          {t('findings.afterElevation')}
        </p>
      )}
      <p className="verdict">{t(`findings.verdict.${verdict}`)}</p>
      <SessionGauge diagnosis={diagnosis} />
      <NotCheckedList diagnosis={diagnosis} />
      {healthy && <NextSteps />}
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

      <PassItOn result={result} />

      <div className="actions" hidden={rescanning}>
        {healthy ? (
          <>
            <button type="button" onClick={showFixes}>
              {t('findings.next')}
            </button>
            <button type="button" className="primary" onClick={() => void scanAgain()}>
              {t('findings.scanAgain')}
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={() => void scanAgain()}>
              {t('findings.scanAgain')}
            </button>
            <button type="button" className="primary" onClick={showFixes}>
              {t('findings.next')}
            </button>
          </>
        )}
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
