import { languageOf, type LanguageTag } from './languages';
import { createTranslator, type Translate } from './translate';

const translators = new Map<LanguageTag, Translate>();

/** The translator of a supported language, made once: its compiled messages are kept for the next caller. */
export function translatorFor(language: LanguageTag): Translate {
  let translator = translators.get(language);
  if (!translator) {
    translator = createTranslator(languageOf(language).catalog, language);
    translators.set(language, translator);
  }
  return translator;
}
