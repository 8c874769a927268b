import type { Catalog } from './translate';
import english from './locales/en.json' with { type: 'json' };
import thai from './locales/th.json' with { type: 'json' };
import german from './locales/de.json' with { type: 'json' };

/**
 * The languages Workgroup Doctor speaks: each with its catalog and its name in its own language, which
 * is how a picker shows it (a reader finds "ไทย" whatever language the screen is in now). The order is
 * the picker's. English comes first: it is complete and is what any other choice falls back to.
 */
export const LANGUAGES = [
  { tag: 'en', ownName: 'English', catalog: english },
  { tag: 'th', ownName: 'ไทย', catalog: thai },
  { tag: 'de', ownName: 'Deutsch', catalog: german },
] as const satisfies readonly { readonly tag: string; readonly ownName: string; readonly catalog: Catalog }[];

export type LanguageTag = (typeof LANGUAGES)[number]['tag'];
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_TAGS: readonly LanguageTag[] = LANGUAGES.map((language) => language.tag);
export const FALLBACK_LANGUAGE: LanguageTag = 'en';

export function isLanguageTag(tag: string): tag is LanguageTag {
  return LANGUAGE_TAGS.some((known) => known === tag);
}

export function languageOf(tag: LanguageTag): Language {
  return LANGUAGES.find((language) => language.tag === tag) ?? LANGUAGES[0];
}

/**
 * The supported language for a list of BCP 47 tags in order of preference (Windows' display languages,
 * Accept-Language, LANG): the first tag whose primary language subtag is one we have wins, so
 * ['fr-FR', 'de-AT', 'en-US'] is German; none known is English. Case and "_" (POSIX "th_TH.UTF-8") are
 * accepted; only the primary subtag matters, because each language has a single catalog.
 */
export function bestLanguage(preferred: readonly string[]): LanguageTag {
  for (const tag of preferred) {
    const language = supportedLanguageOf(tag);
    if (language) return language;
  }
  return FALLBACK_LANGUAGE;
}

/** The supported language a single tag asks for ("de-AT" → de), or null when it is none of them. */
export function supportedLanguageOf(tag: string): LanguageTag | null {
  const primary =
    tag
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? '';
  return isLanguageTag(primary) ? primary : null;
}
