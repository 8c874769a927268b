import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS, ACTION_REASONS, actionMessageKeys, RESTART_NEEDS } from '../diagnosis/actions';
import { FINDING_IDS, FINDING_VARIANT_KEYS, findingMessageKeys, type FindingVariant } from '../diagnosis/finding';
import { SOURCE_IDS } from '../diagnosis/readings';
import { createTranslator, ENGLISH_CATALOG, isMessageKey } from './translate';

/** Every argument a message uses, with the kind of value it needs. */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Map<string, 'number' | 'text'>()): Map<string, 'number' | 'text'> {
  for (const element of elements) {
    if (element.type === TYPE.argument) into.set(element.value, into.get(element.value) ?? 'text');
    if (element.type === TYPE.number || element.type === TYPE.plural) into.set(element.value, 'number');
    if (element.type === TYPE.select) into.set(element.value, 'text');
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const sampleParams = (message: string) =>
  Object.fromEntries([...argumentsOf(parse(message))].map(([name, kind]) => [name, kind === 'number' ? 3 : `«${name}»`]));

const directory = path.join(import.meta.dirname, 'locales');
const otherLocales = readdirSync(directory)
  .filter((file) => file.endsWith('.json') && file !== 'en.json')
  .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as Record<string, string>] as const);

// The diagnosis names its words by key; these tests make sure the English catalog has every one, so a
// user never sees a raw key, and that every other language says the same things.
describe('the English message catalog', () => {
  it('has a title and an explanation for every finding', () => {
    const variantsOf = (id: (typeof FINDING_IDS)[number]) =>
      Object.keys((FINDING_VARIANT_KEYS as Partial<Record<string, object>>)[id] ?? {}) as FindingVariant[];
    const keys = FINDING_IDS.flatMap((id) =>
      [undefined, ...variantsOf(id)].flatMap((variant) => Object.values(findingMessageKeys(variant ? { id, variant } : { id }))),
    );
    const missing = keys.filter((key) => !isMessageKey(key));
    expect(missing).toEqual([]);
  });

  it('has the title, changes, risk and every reason of every action', () => {
    const keys = ACTION_IDS.flatMap((id) => ACTION_REASONS[id].flatMap((reason) => Object.values(actionMessageKeys({ id, reason }))));
    expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('names every source, severity and restart need', () => {
    const keys = [
      ...SOURCE_IDS.map((id) => `source.${id}`),
      'source.elevation',
      ...['critical', 'warning', 'info'].map((s) => `severity.${s}`),
      ...RESTART_NEEDS.map((r) => `restart.${r}`),
    ];
    expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('every message is ICU MessageFormat that formats with its arguments', () => {
    const t = createTranslator();
    for (const [key, message] of Object.entries(ENGLISH_CATALOG)) {
      expect(() => parse(message), key).not.toThrow();
      if (isMessageKey(key)) expect(t(key, sampleParams(message)), key).not.toMatch(/\{\w+\}/);
    }
  });

  it('says "1 computer", never "1 computers": every count picks its words by the plural rules', () => {
    const t = createTranslator();
    const countable = /\b1 (computers|connections|slots|checks|lines|minutes|hours|seconds|PCs|files|printers|sessions) (?!of\b)/;
    const wrong = Object.entries(ENGLISH_CATALOG).flatMap(([key, message]) => {
      if (!isMessageKey(key)) return [];
      // Every argument is tried as 1: a count written into a message as plain text ("{minutes} minutes") is still a count.
      const text = t(key, Object.fromEntries([...argumentsOf(parse(message)).keys()].map((name) => [name, 1])));
      return countable.test(`${text} `) ? [`${key}: ${text}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator({ 'app.title': 'Hallo {name}, {missing}' });
    expect(t('app.title', { name: 'Welt' })).toBe('Hallo Welt, {missing}');
    expect(createTranslator({})('app.title')).toBe(ENGLISH_CATALOG['app.title']);
  });

  it('chooses plural forms by each language’s rules, and falls back to English for a broken message', () => {
    const english = createTranslator({ 'app.title': '{count, plural, one {# computer is} other {# computers are}} connected' }, 'en');
    expect([english('app.title', { count: 1 }), english('app.title', { count: 2 })]).toEqual(['1 computer is connected', '2 computers are connected']);
    const thai = createTranslator({ 'app.title': 'เชื่อมต่ออยู่ {count, plural, other {# เครื่อง}}' }, 'th');
    expect(thai('app.title', { count: 1 })).toBe('เชื่อมต่ออยู่ 1 เครื่อง');
    expect(createTranslator({ 'app.title': '{broken' }, 'de')('app.title')).toBe(ENGLISH_CATALOG['app.title']);
  });
});

describe.each(otherLocales)('the %s catalog', (_locale, catalog) => {
  it('has exactly the keys of English', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(ENGLISH_CATALOG).sort());
  });

  it('uses exactly the arguments of English in every message, and every message formats', () => {
    const t = createTranslator(catalog, _locale);
    for (const [key, message] of Object.entries(catalog)) {
      if (!isMessageKey(key)) continue;
      const english = ENGLISH_CATALOG[key];
      expect([...argumentsOf(parse(message)).keys()].sort(), key).toEqual([...argumentsOf(parse(english)).keys()].sort());
      expect(t(key, sampleParams(english)), key).not.toMatch(/\{\w+\}/);
    }
  });
});
