import { useTranslate } from '../i18n/translation-context';
import { backTargets } from '../store/selectors';
import { INDICATOR_STEPS, shownStep, type WizardStep } from '../store/wizard-state';
import { useWizardStore } from '../store/wizard-store';

/** The steps, with the completed ones whose data still exists as buttons back to them. */
export function StepIndicator({ step }: { step: WizardStep }) {
  const t = useTranslate();
  const goBackTo = useWizardStore((s) => s.goBackTo);
  const currentIndex = INDICATOR_STEPS.indexOf(shownStep(step));
  const targets = backTargets(step);
  return (
    <nav aria-label={t('steps.label')}>
      <ol className="steps">
        {INDICATOR_STEPS.map((kind, index) => {
          const target = targets.find((candidate) => candidate === kind);
          const label = (
            <>
              <span className="step-number">{index + 1}</span> {t(`steps.${kind}`)}
            </>
          );
          return (
            <li
              key={kind}
              className={index === currentIndex ? 'step current' : index < currentIndex ? 'step done' : 'step'}
              aria-current={index === currentIndex ? 'step' : undefined}
            >
              {target !== undefined ? (
                <button type="button" className="step-back" onClick={() => goBackTo(target)}>
                  {label}
                  <span className="visually-hidden"> {t('steps.goBack')}</span>
                </button>
              ) : (
                label
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
