import { createTranslator, type Catalog, type Translate } from '../../../shared/i18n/translate';

// Every JSON file in shared/i18n/locales is a language: adding one needs no code change here.
const modules = import.meta.glob<Catalog>('../../../shared/i18n/locales/*.json', { eager: true, import: 'default' });

export const CATALOGS: Readonly<Record<string, Catalog>> = Object.fromEntries(
  Object.entries(modules).map(([file, catalog]) => [file.replace(/^.*\/(.+)\.json$/, '$1').toLowerCase(), catalog]),
);

/** The best catalog for a BCP 47 language tag: exact ("pt-br"), then the language ("pt"), then English. */
export function translatorFor(languageTag: string): Translate {
  const tag = languageTag.toLowerCase();
  const catalog = CATALOGS[tag] ?? CATALOGS[tag.split('-')[0] ?? ''] ?? CATALOGS.en;
  return createTranslator(catalog);
}
