import { useEffect } from 'react';
import { assertNever } from '../../../shared/commands/command-failure';
import { StepIndicator } from '../components/StepIndicator';
import { GuidePanel } from '../guide/GuidePanel';
import { GuideToggle } from '../guide/GuideToggle';
import { useGuideShown } from '../guide/use-guide-shown';
import { useWideWindow } from '../guide/use-wide-window';
import { useTranslate } from '../i18n/translation-context';
import { MonitorOrWizard } from '../monitor/MonitorOrWizard';
import { useMonitorStore } from '../monitor/monitor-store';
import { ApplyingStep } from '../steps/ApplyingStep';
import { ChooseFixStep } from '../steps/ChooseFixStep';
import { ConfirmStep } from '../steps/ConfirmStep';
import { OutcomeStep } from '../steps/OutcomeStep';
import { FindingsStep } from '../steps/FindingsStep';
import { ScanStep } from '../steps/ScanStep';
import { WelcomeStep } from '../steps/WelcomeStep';
import { rescansInPlace, type WizardStep } from '../store/wizard-state';
import { useWizardStore } from '../store/wizard-store';

export function App() {
  const t = useTranslate();
  const boot = useWizardStore((state) => state.boot);
  const step = useWizardStore((state) => state.step);
  const loadAppInfo = useWizardStore((state) => state.loadAppInfo);
  const loadChanges = useWizardStore((state) => state.loadChanges);
  const guideShown = useGuideShown();
  const wide = useWideWindow();
  const monitorOpen = useMonitorStore((state) => state.open);

  useEffect(() => {
    void loadAppInfo();
    void loadChanges();
  }, [loadAppInfo, loadChanges]);

  const ready = boot.kind === 'ready';
  // The guide explains the wizard's steps; the monitor's page has its own words, so no guide beside it.
  const guideBeside = ready && guideShown && !monitorOpen;
  return (
    <div className={guideBeside ? 'app with-guide' : 'app'}>
      {/* The banner landmark holds the demo notice too, so no content is outside a landmark. */}
      <header className="app-header">
        <div className="app-title-row">
          <h1>{t('app.title')}</h1>
          {ready && <GuideToggle />}
        </div>
        <p className="tagline">{t('app.tagline')}</p>
        {ready && boot.info.mode === 'demo' && (
          <div className="banner banner-demo" role="note" aria-label={t('app.demoLabel')}>
            <strong>{t('app.demoBanner')}</strong>
            {boot.info.demoReason && <span> {t(`app.demoReason.${boot.info.demoReason}`)}</span>}
          </div>
        )}
      </header>
      <div className="app-body">
        {guideBeside && !wide && <GuidePanel step={step} compact />}
        <main>
          {boot.kind === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
          {boot.kind === 'failed' && (
            <p role="alert" className="notice notice-error">
              {t('app.loadFailed', { message: boot.message })}
            </p>
          )}
          {ready && (
            <MonitorOrWizard>
              <StepIndicator step={step} />
              <CurrentStep step={step} />
            </MonitorOrWizard>
          )}
        </main>
        {guideBeside && wide && <GuidePanel step={step} compact={false} />}
      </div>
    </div>
  );
}

function CurrentStep({ step }: { step: WizardStep }) {
  switch (step.kind) {
    case 'welcome':
      return <WelcomeStep step={step} />;
    case 'scan':
      // "Scan again" keeps the findings on screen with the progress above them; a first scan has none yet.
      return rescansInPlace(step) ? (
        <FindingsStep step={{ kind: 'findings', symptom: step.symptom, result: step.previous, afterElevation: false }} rescan={step} />
      ) : (
        <ScanStep step={step} />
      );
    case 'findings':
      return <FindingsStep step={step} />;
    case 'choose-fix':
      return <ChooseFixStep step={step} />;
    case 'confirm':
      return <ConfirmStep step={step} />;
    case 'applying':
      return <ApplyingStep step={step} />;
    case 'outcome':
      return <OutcomeStep step={step} />;
    default:
      return assertNever(step);
  }
}
