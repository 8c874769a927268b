import { useFocusHeading } from '../components/use-focus-heading';
import { useTranslate } from '../i18n/translation-context';
import type { WizardStep } from '../store/wizard-state';

/** No cancel here on purpose: stopping a change halfway would leave the PC in neither state. */
export function ApplyingStep({ step }: { step: Extract<WizardStep, { kind: 'applying' }> }) {
  const t = useTranslate();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const progress = step.progress;
  const stepNumber =
    progress?.phase === 'step' && progress.step !== undefined && progress.steps !== undefined
      ? { step: progress.step, steps: progress.steps, running: progress.status === 'running' }
      : null;
  return (
    <section aria-labelledby="applying-heading" className="step-panel" aria-busy="true">
      <h2 id="applying-heading" tabIndex={-1} ref={heading}>
        {t('applying.heading')}
      </h2>
      <p>{t('applying.intro')}</p>
      {stepNumber ? (
        <progress max={stepNumber.steps} value={stepNumber.step - (stepNumber.running ? 1 : 0)} aria-label={t('applying.heading')} />
      ) : (
        <progress aria-label={t('applying.heading')} />
      )}
      <p aria-live="polite">{stepNumber ? t('applying.step', { step: stepNumber.step, steps: stepNumber.steps }) : t('applying.preparing')}</p>
    </section>
  );
}
