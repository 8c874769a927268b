import { LearnMoreLink } from '../components/LearnMoreLink';
import { useTranslate } from '../i18n/translation-context';

/**
 * A PC that looks healthy is not the end of the road for someone who still sees error 71: what to try
 * next, in the order a person would try it.
 */
export function NextSteps() {
  const t = useTranslate();
  return (
    <section className="next-steps" aria-labelledby="next-steps-heading">
      <h3 id="next-steps-heading">{t('nextSteps.heading')}</h3>
      <ol>
        <li>{t('nextSteps.scanWhileShowing')}</li>
        <li>{t('nextSteps.otherPc')}</li>
        <li>
          {t('nextSteps.lookAlikes')}
          <ul>
            <li>{t('welcome.tellApart.rdp')}</li>
            <li>{t('welcome.tellApart.1219')}</li>
          </ul>
        </li>
      </ol>
      <p>
        <LearnMoreLink id="kb-328459" />
      </p>
    </section>
  );
}
