import type { LanguageTag } from '../../../shared/i18n/languages';
import { rememberedLanguage, rememberLanguage } from '../i18n/remembered-language';

/**
 * The language the user picked, remembered across starts. Until they pick one it is null and the
 * wizard speaks Windows' display language (see currentLanguage in selectors).
 */
export interface LanguageState {
  readonly chosenLanguage: LanguageTag | null;
}

export interface LanguageActions {
  readonly chooseLanguage: (language: LanguageTag) => void;
}

export type LanguageSlice = LanguageState & LanguageActions;

type Set = (partial: LanguageState) => void;

export function createLanguageSlice(set: Set): LanguageSlice {
  return {
    chosenLanguage: rememberedLanguage(),

    chooseLanguage(language) {
      rememberLanguage(language);
      set({ chosenLanguage: language });
    },
  };
}
