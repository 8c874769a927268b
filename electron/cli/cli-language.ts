import { bestLanguage, LANGUAGES, supportedLanguageOf } from '../../shared/i18n/languages';
import type { Translate } from '../../shared/i18n/translate';
import { translatorFor } from '../../shared/i18n/translator-for';
import { previewValue } from '../../shared/text/preview-value';
import { environmentLanguages } from '../host';
import { UsageError } from './cli-io';

/** The --lang option, which every command that prints words for people takes. */
export const LANG_OPTION = { lang: { type: 'string' } } as const;

const SUPPORTED = LANGUAGES.map((language) => `${language.tag} (${language.ownName})`).join(', ');

export const LANG_USAGE = `  --lang <tag>          the language of the text: ${SUPPORTED}; by default the one of
                        LC_ALL, LC_MESSAGES or LANG, else the system's (JSON is always the same)`;

/**
 * The translator for the words a command prints: the language --lang names ("de", "de-AT", "th-TH"),
 * else the environment's. A --lang that is none of them is a mistake said in one line, with the list.
 */
export function cliTranslator(lang: string | undefined, env: NodeJS.ProcessEnv): Translate {
  if (lang === undefined) return translatorFor(bestLanguage(environmentLanguages(env)));
  const language = supportedLanguageOf(lang);
  if (!language) throw new UsageError(`--lang ${previewValue(lang)} is not a language Workgroup Doctor speaks; it speaks ${SUPPORTED}`, { withUsage: false });
  return translatorFor(language);
}
