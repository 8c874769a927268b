import { useTranslate } from '../i18n/translation-context';
import { useWizardStore } from '../store/wizard-store';
import { GUIDE_PANEL_ID } from './GuidePanel';
import { useGuideShown } from './use-guide-shown';

/** One click to show or hide the guide; the choice is remembered for the next start. */
export function GuideToggle() {
  const t = useTranslate();
  const shown = useGuideShown();
  const setGuideShown = useWizardStore((s) => s.setGuideShown);
  return (
    <button
      type="button"
      className="guide-toggle"
      aria-expanded={shown}
      aria-controls={shown ? GUIDE_PANEL_ID : undefined}
      onClick={() => setGuideShown(!shown)}
    >
      {shown ? t('guide.toggle.hide') : t('guide.toggle.show')}
    </button>
  );
}
