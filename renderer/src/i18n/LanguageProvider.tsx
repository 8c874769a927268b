import { useEffect, type ReactNode } from 'react';
import { translatorFor } from '../../../shared/i18n/translator-for';
import { currentLanguage } from '../store/selectors';
import { useWizardStore } from '../store/wizard-store';
import { TranslationContext } from './translation-context';

/**
 * Gives the page the words of the current language, and tells the browser which language the page is
 * in (<html lang>): screen readers pick their voice by it, and CSS by it the fonts, line breaking and
 * hyphenation of Thai and German. A new choice re-renders everything in place; nothing reloads.
 */
export function LanguageProvider({ children }: { readonly children: ReactNode }) {
  const language = useWizardStore(currentLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <TranslationContext.Provider value={translatorFor(language)}>{children}</TranslationContext.Provider>;
}
