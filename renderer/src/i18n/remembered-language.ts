import { isLanguageTag, type LanguageTag } from '../../../shared/i18n/languages';

/**
 * The language picked on the first page, kept in the page's own storage (the renderer is sandboxed, and
 * this storage belongs to the app's page alone). Storage that cannot be read or written (a browser that
 * refuses it) only means the choice is not remembered.
 */
export const LANGUAGE_STORAGE_KEY = 'workgroup-doctor.language';

export function rememberedLanguage(): LanguageTag | null {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
    return stored !== null && isLanguageTag(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: LanguageTag): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered; the language still changes now.
  }
}
