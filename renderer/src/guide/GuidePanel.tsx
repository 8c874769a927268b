import { scenarioText } from '../../../shared/simulated-host/scenario-text';
import { LearnMoreLink } from '../components/LearnMoreLink';
import { useTranslate } from '../i18n/translation-context';
import { isDemo } from '../store/selectors';
import { shownStep, type WizardStep } from '../store/wizard-state';
import { useWizardStore } from '../store/wizard-store';
import { GUIDE_CONTENT } from './guide-content';

export const GUIDE_PANEL_ID = 'guide';

/**
 * The guide beside each step, for anyone unsure and for a trainer walking a class through the demo PCs:
 * what the step does, what to look at, the words it uses in plain language, and Microsoft's pages.
 * Beside the step in a wide window; above it, folded, in a narrow one.
 */
export function GuidePanel({ step, compact }: { step: WizardStep; compact: boolean }) {
  const t = useTranslate();
  const demo = useWizardStore(isDemo);
  const boot = useWizardStore((s) => s.boot);
  const kind = shownStep(step);
  const content = GUIDE_CONTENT[kind];
  const scenarioId = 'result' in step ? step.result.scenarioId : null;
  const scenario = boot.kind === 'ready' && scenarioId !== null ? boot.info.scenarios.find((s) => s.id === scenarioId) : undefined;
  const explanation = (
    <>
      {demo && kind === 'welcome' && <p className="guide-demo">{t('guide.demo')}</p>}
      {scenario && (
        <p className="guide-demo">
          <strong>{t('guide.thisDemoPc')}</strong> {scenarioText(scenario, t.locale).description}
        </p>
      )}
      <h3>{t('guide.does')}</h3>
      <p>{t(`guide.${kind}.does`)}</p>
      <h3>{t('guide.lookAt')}</h3>
      <p>{t(`guide.${kind}.lookAt`)}</p>
      <details className="guide-terms" open={demo}>
        <summary>{t('guide.terms')}</summary>
        <dl>
          {content.terms.map((term) => (
            <div key={term} data-term={term}>
              <dt>{t(`guide.term.${term}.name`)}</dt>
              <dd>{t(`guide.term.${term}.meaning`)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <h3>{t('guide.learnMore')}</h3>
      <ul className="guide-links">
        {content.learnMore.map((id) => (
          <li key={id}>
            <LearnMoreLink id={id} />
          </li>
        ))}
      </ul>
    </>
  );
  // A narrow window has no room beside the step: the guide comes first, folded to one line.
  return compact ? (
    <aside id={GUIDE_PANEL_ID} className="guide guide-compact" aria-labelledby="guide-heading">
      <details>
        <summary>
          <h2 id="guide-heading">{t('guide.heading')}</h2>
        </summary>
        {explanation}
      </details>
    </aside>
  ) : (
    <aside id={GUIDE_PANEL_ID} className="guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading">{t('guide.heading')}</h2>
      {explanation}
    </aside>
  );
}
