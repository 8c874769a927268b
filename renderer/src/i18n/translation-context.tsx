import { createContext, useContext } from 'react';
import { createTranslator, type Translate } from '../../../shared/i18n/translate';

export const TranslationContext = createContext<Translate>(createTranslator());

export function useTranslate(): Translate {
  return useContext(TranslationContext);
}
