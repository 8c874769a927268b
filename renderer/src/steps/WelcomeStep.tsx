import { scenarioText } from '../../../shared/simulated-host/scenario-text';
import { LanguagePicker } from '../components/LanguagePicker';
import { LearnMoreLink } from '../components/LearnMoreLink';
import { useFocusHeading } from '../components/use-focus-heading';
import { ChangesPanel } from './ChangesPanel';
import { useTranslate } from '../i18n/translation-context';
import { WatchButton } from '../monitor/WatchButton';
import { canGoNext, isDemo } from '../store/selectors';
import type { Symptom, WizardStep } from '../store/wizard-state';
import { useWizardStore } from '../store/wizard-store';

const SYMPTOMS: readonly Symptom[] = ['error-on-others', 'error-here', 'something-else'];

export function WelcomeStep({ step }: { step: Extract<WizardStep, { kind: 'welcome' }> }) {
  const t = useTranslate();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const demo = useWizardStore(isDemo);
  const chooseSymptom = useWizardStore((s) => s.chooseSymptom);
  const startScan = useWizardStore((s) => s.startScan);

  return (
    <section aria-labelledby="welcome-heading" className="step-panel">
      <LanguagePicker />
      <h2 id="welcome-heading" tabIndex={-1} ref={heading}>
        {t('welcome.heading')}
      </h2>
      <p>{t('welcome.intro')}</p>
      {step.notice && (
        <p role="status" className={step.notice === 'scan-failed' ? 'notice notice-error' : 'notice'}>
          {t(`welcome.notice.${step.notice}`, { message: step.error ?? '' })}
        </p>
      )}
      {!step.notice && step.error && (
        <p role="alert" className="notice notice-error">
          {t('welcome.error', { message: step.error })}
        </p>
      )}
      {demo && <DemoScenarioPicker />}
      <fieldset className="choices">
        <legend>{t('welcome.symptom.legend')}</legend>
        {SYMPTOMS.map((symptom) => (
          <label key={symptom} className={step.symptom === symptom ? 'choice selected' : 'choice'}>
            <input type="radio" name="symptom" value={symptom} checked={step.symptom === symptom} onChange={() => chooseSymptom(symptom)} />
            <span>
              <span className="choice-title">{t(`welcome.symptom.${symptom}`)}</span>
              <span className="choice-hint">{t(`welcome.symptom.${symptom}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <ChangesPanel />
      <WatchButton />
      <details className="help">
        <summary>{t('welcome.tellApart.summary')}</summary>
        <p>{t('welcome.tellApart.error71')}</p>
        <p>{t('welcome.tellApart.rdp')}</p>
        <p>{t('welcome.tellApart.1219')}</p>
        <p>
          <LearnMoreLink id="kb-328459" />
        </p>
      </details>
      <div className="actions">
        <button type="button" className="primary" disabled={!canGoNext(step)} onClick={() => void startScan()}>
          {demo ? t('welcome.scanDemo') : t('welcome.scan')}
        </button>
      </div>
    </section>
  );
}

function DemoScenarioPicker() {
  const t = useTranslate();
  const boot = useWizardStore((s) => s.boot);
  const switching = useWizardStore((s) => s.switchingScenario);
  const selectScenario = useWizardStore((s) => s.selectScenario);
  if (boot.kind !== 'ready') return null;
  const { scenarios, activeScenarioId } = boot.info;
  const active = scenarios.find((scenario) => scenario.id === activeScenarioId);
  return (
    <div className="demo-picker">
      <label htmlFor="demo-scenario">{t('demo.picker.label')}</label>
      <select
        id="demo-scenario"
        value={activeScenarioId ?? ''}
        disabled={switching}
        aria-describedby="demo-scenario-help"
        onChange={(event) => void selectScenario(event.target.value)}
      >
        {scenarios.map((scenario) => (
          <option key={scenario.id} value={scenario.id}>
            {scenarioText(scenario, t.locale).title}
          </option>
        ))}
      </select>
      <p id="demo-scenario-help" className="muted">
        {t('demo.picker.help')} {active && scenarioText(active, t.locale).description}
      </p>
    </div>
  );
}
