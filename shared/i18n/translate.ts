import english from './locales/en.json' with { type: 'json' };

/**
 * User-facing words live in message catalogs (one JSON file per language in ./locales), never in
 * components or domain code. English is complete and is the fallback for any key another language lacks.
 * Placeholders are written {name} and filled from `params`.
 */
export type MessageKey = keyof typeof english;
export type MessageParams = Readonly<Record<string, string | number>>;
export type Catalog = Readonly<Partial<Record<MessageKey, string>>>;

export const ENGLISH_CATALOG: Readonly<Record<MessageKey, string>> = english;

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function createTranslator(catalog: Catalog = ENGLISH_CATALOG): Translate {
  return (key, params) => fill(catalog[key] ?? ENGLISH_CATALOG[key] ?? key, params);
}

function fill(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(ENGLISH_CATALOG, key);
}
