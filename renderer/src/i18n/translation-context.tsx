import { createContext, useContext } from 'react';
import { FALLBACK_LANGUAGE } from '../../../shared/i18n/languages';
import type { Translate } from '../../../shared/i18n/translate';
import { translatorFor } from '../../../shared/i18n/translator-for';

export const TranslationContext = createContext<Translate>(translatorFor(FALLBACK_LANGUAGE));

export function useTranslate(): Translate {
  return useContext(TranslationContext);
}
