import { useEffect } from 'react';
import { assertNever } from '../../../shared/commands/command-failure';
import { StepIndicator } from '../components/StepIndicator';
import { useTranslate } from '../i18n/translation-context';
import { MonitorOrWizard } from '../monitor/MonitorOrWizard';
import { ApplyingStep } from '../steps/ApplyingStep';
import { ChooseFixStep } from '../steps/ChooseFixStep';
import { ConfirmStep } from '../steps/ConfirmStep';
import { OutcomeStep } from '../steps/OutcomeStep';
import { FindingsStep } from '../steps/FindingsStep';
import { ScanStep } from '../steps/ScanStep';
import { WelcomeStep } from '../steps/WelcomeStep';
import type { WizardStep } from '../store/wizard-state';
import { useWizardStore } from '../store/wizard-store';

export function App() {
  const t = useTranslate();
  const boot = useWizardStore((state) => state.boot);
  const step = useWizardStore((state) => state.step);
  const loadAppInfo = useWizardStore((state) => state.loadAppInfo);
  const loadChanges = useWizardStore((state) => state.loadChanges);

  useEffect(() => {
    void loadAppInfo();
    void loadChanges();
  }, [loadAppInfo, loadChanges]);

  return (
    <div className="app">
      {/* The demo banner is part of the page's banner landmark: axe wants all content inside a landmark. */}
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        {boot.kind === 'ready' && boot.info.mode === 'demo' && (
          <div className="banner banner-demo" role="note" aria-label={t('app.demoLabel')}>
            <strong>{t('app.demoBanner')}</strong>
            {boot.info.demoReason && <span> {t(`app.demoReason.${boot.info.demoReason}`)}</span>}
          </div>
        )}
      </header>
      <main>
        {boot.kind === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
        {boot.kind === 'failed' && (
          <p role="alert" className="notice notice-error">
            {t('app.loadFailed', { message: boot.message })}
          </p>
        )}
        {boot.kind === 'ready' && (
          <MonitorOrWizard>
            <StepIndicator current={step.kind} />
            <CurrentStep step={step} />
          </MonitorOrWizard>
        )}
      </main>
    </div>
  );
}

function CurrentStep({ step }: { step: WizardStep }) {
  switch (step.kind) {
    case 'welcome':
      return <WelcomeStep step={step} />;
    case 'scan':
      return <ScanStep step={step} />;
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
