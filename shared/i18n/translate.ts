import { IntlMessageFormat } from 'intl-messageformat';
import english from './locales/en.json' with { type: 'json' };

/**
 * User-facing words live in message catalogs (one JSON file per language in ./locales), never in
 * components or domain code. Messages are ICU MessageFormat, formatted by FormatJS's intl-messageformat:
 * `{name}` fills in a value, `{count, plural, one {# computer} other {# computers}}` picks the form by
 * the language's own plural rules (Intl.PluralRules: Thai has one form, German and English two), and
 * `{n, number}` writes a number the language's way. English is complete and is the fallback for any
 * key another language lacks, or any message of it that cannot be formatted.
 */
export type MessageKey = keyof typeof english;
export type MessageParams = Readonly<Record<string, string | number>>;
export type Catalog = Readonly<Partial<Record<MessageKey, string>>>;

export const ENGLISH_CATALOG: Readonly<Record<MessageKey, string>> = english;

export interface Translate {
  (key: MessageKey, params?: MessageParams): string;
  /** The BCP 47 tag of the language the words are in ("en", "th", "de"). */
  readonly locale: string;
}

export function createTranslator(catalog: Catalog = ENGLISH_CATALOG, locale = 'en'): Translate {
  const compiled = new Map<MessageKey, { readonly message: IntlMessageFormat; readonly source: string } | null>();
  const messageFor = (key: MessageKey) => {
    if (!compiled.has(key)) {
      // A message of the language that is missing or broken falls back to the English one.
      const own = catalog[key] === undefined ? null : compile(catalog[key], locale);
      compiled.set(key, own ?? compile(ENGLISH_CATALOG[key], 'en'));
    }
    return compiled.get(key) ?? null;
  };
  const translate = (key: MessageKey, params?: MessageParams): string => {
    const found = messageFor(key);
    if (!found) return key;
    try {
      return String(found.message.format(params));
    } catch {
      // A value the message needs was not given: shown with the gap visible rather than not at all.
      return fill(found.source, params);
    }
  };
  return Object.assign(translate, { locale });
}

function compile(source: string | undefined, locale: string): { readonly message: IntlMessageFormat; readonly source: string } | null {
  if (source === undefined) return null;
  try {
    return { message: new IntlMessageFormat(source, locale), source };
  } catch {
    return null;
  }
}

/** The last resort for a message that cannot be formatted: plain {name} placeholders, unknown ones left visible. */
function fill(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(ENGLISH_CATALOG, key);
}
