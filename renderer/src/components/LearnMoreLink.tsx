import { LEARN_MORE_LINKS, type LearnMoreId } from '../../../shared/help/learn-more-links';
import { useTranslate } from '../i18n/translation-context';

/**
 * A link to one of Microsoft's pages. In the window it opens in the user's browser (only these
 * addresses are allowed out); in browser mode, in a new tab.
 */
export function LearnMoreLink({ id }: { id: LearnMoreId }) {
  const t = useTranslate();
  return (
    <a href={LEARN_MORE_LINKS[id]} target="_blank" rel="noopener noreferrer">
      {t(`learnMore.${id}`)} <span className="visually-hidden">{t('learnMore.opensInBrowser')}</span>
    </a>
  );
}
