import { useTranslate } from '../i18n/translation-context';
import { INDICATOR_STEPS, indicatorStep, type StepKind } from '../store/wizard-state';

export function StepIndicator({ current }: { current: StepKind }) {
  const t = useTranslate();
  const currentIndex = INDICATOR_STEPS.indexOf(indicatorStep(current));
  return (
    <nav aria-label={t('steps.label')}>
      <ol className="steps">
        {INDICATOR_STEPS.map((kind, index) => (
          <li
            key={kind}
            className={index === currentIndex ? 'step current' : index < currentIndex ? 'step done' : 'step'}
            aria-current={index === currentIndex ? 'step' : undefined}
          >
            <span className="step-number">{index + 1}</span> {t(`steps.${kind}`)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
