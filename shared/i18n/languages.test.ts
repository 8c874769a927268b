import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestLanguage, isLanguageTag, LANGUAGE_TAGS, LANGUAGES } from './languages';
import { translatorFor } from './translator-for';

describe('bestLanguage', () => {
  it('takes the first preferred tag whose language is supported', () => {
    expect(bestLanguage(['th-TH', 'en-US'])).toBe('th');
    expect(bestLanguage(['fr-FR', 'de-AT', 'en-US'])).toBe('de');
    expect(bestLanguage(['en-GB', 'th'])).toBe('en');
  });

  it('reads regional, POSIX and differently cased tags by their language', () => {
    expect(bestLanguage(['de-AT'])).toBe('de');
    expect(bestLanguage(['DE-ch'])).toBe('de');
    expect(bestLanguage(['th_TH.UTF-8'])).toBe('th');
    expect(bestLanguage(['de_DE@euro'])).toBe('de');
  });

  it('falls back to English for unknown, empty or malformed tags', () => {
    expect(bestLanguage(['ja-JP', 'fr'])).toBe('en');
    expect(bestLanguage([])).toBe('en');
    expect(bestLanguage(['', 'C', 'POSIX', 'thai'])).toBe('en');
  });
});

describe('the supported languages', () => {
  it('are exactly the catalogs in ./locales', () => {
    const files = readdirSync(path.join(import.meta.dirname, 'locales')).map((file) => file.replace(/\.json$/, ''));
    expect([...LANGUAGE_TAGS].sort()).toEqual(files.sort());
  });

  it('are each named in their own language', () => {
    expect(Object.fromEntries(LANGUAGES.map((language) => [language.tag, language.ownName]))).toEqual({ en: 'English', th: 'ไทย', de: 'Deutsch' });
  });

  it('have a translator that speaks the language and formats numbers its way', () => {
    expect(isLanguageTag('de')).toBe(true);
    expect(isLanguageTag('de-AT')).toBe(false);
    for (const tag of LANGUAGE_TAGS) expect(translatorFor(tag).locale).toBe(tag);
    expect(translatorFor('de')('findings.scannedAt', { seconds: 1.5 })).toContain('1,5');
    expect(translatorFor('en')('findings.scannedAt', { seconds: 1.5 })).toContain('1.5');
  });
});
