import { useFocusHeading } from '../components/use-focus-heading';
import { useTranslate } from '../i18n/translation-context';
import type { WizardStep } from '../store/wizard-state';
import { ScanProgress } from './ScanProgress';

export function ScanStep({ step }: { step: Extract<WizardStep, { kind: 'scan' }> }) {
  const t = useTranslate();
  const heading = useFocusHeading<HTMLHeadingElement>();

  return (
    <section aria-labelledby="scan-heading" className="step-panel" aria-busy="true">
      <h2 id="scan-heading" tabIndex={-1} ref={heading}>
        {t('scan.heading')}
      </h2>
      <p>{t('scan.intro')}</p>
      <ScanProgress step={step} />
    </section>
  );
}
