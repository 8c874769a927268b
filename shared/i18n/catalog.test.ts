import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS, ACTION_REASONS, actionMessageKeys, RESTART_NEEDS } from '../diagnosis/actions';
import { FINDING_IDS, FINDING_VARIANTS, findingMessageKeys } from '../diagnosis/finding';
import { SOURCE_IDS } from '../diagnosis/readings';
import { createTranslator, ENGLISH_CATALOG, isMessageKey } from './translate';

// The diagnosis names its words by key; these tests make sure the English catalog has every one, so a
// user never sees a raw key.
describe('the English message catalog', () => {
  it('has a title and an explanation for every finding', () => {
    const keys = FINDING_IDS.flatMap((id) => [undefined, ...(FINDING_VARIANTS[id] ?? [])].flatMap((variant) => Object.values(findingMessageKeys(variant ? { id, variant } : { id }))));
    const missing = keys.filter((key) => !isMessageKey(key));
    expect(missing).toEqual([]);
  });

  it('has the title, changes, risk and every reason of every action', () => {
    const keys = ACTION_IDS.flatMap((id) => ACTION_REASONS[id].flatMap((reason) => Object.values(actionMessageKeys({ id, reason }))));
    expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('names every source, severity and restart need', () => {
    const keys = [...SOURCE_IDS.map((id) => `source.${id}`), 'source.elevation', ...['critical', 'warning', 'info'].map((s) => `severity.${s}`), ...RESTART_NEEDS.map((r) => `restart.${r}`)];
    expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator({ 'app.title': 'Hallo {name}, {missing}' });
    expect(t('app.title', { name: 'Welt' })).toBe('Hallo Welt, {missing}');
    expect(createTranslator({})('app.title')).toBe(ENGLISH_CATALOG['app.title']);
  });

  it('other languages only use keys English has, with the same placeholders', () => {
    const directory = path.join(import.meta.dirname, 'locales');
    for (const file of readdirSync(directory).filter((f) => f.endsWith('.json') && f !== 'en.json')) {
      const catalog = JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as Record<string, string>;
      for (const [key, text] of Object.entries(catalog)) {
        expect(isMessageKey(key), `${file}: ${key}`).toBe(true);
        const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(placeholders(text), `${file}: ${key}`).toEqual(placeholders(ENGLISH_CATALOG[key as keyof typeof ENGLISH_CATALOG]));
      }
    }
  });
});
