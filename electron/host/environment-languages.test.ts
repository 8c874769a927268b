import { describe, expect, it } from 'vitest';
import { environmentLanguages } from './environment-languages';

const icu = new Intl.DateTimeFormat().resolvedOptions().locale;

describe('environmentLanguages', () => {
  it('takes the first of LC_ALL, LC_MESSAGES and LANG that is set, as the C library does, then the ICU locale', () => {
    expect(environmentLanguages({ LC_ALL: 'th_TH.UTF-8', LC_MESSAGES: 'de_DE', LANG: 'en_US' })).toEqual(['th_TH.UTF-8', icu]);
    expect(environmentLanguages({ LC_MESSAGES: 'de_DE', LANG: 'th_TH' })).toEqual(['de_DE', icu]);
    expect(environmentLanguages({ LC_ALL: '', LANG: 'de_AT.UTF-8' })).toEqual(['de_AT.UTF-8', icu]);
  });

  it('is the ICU locale alone where no variable is set (a Windows console)', () => {
    expect(environmentLanguages({})).toEqual([icu]);
  });
});
