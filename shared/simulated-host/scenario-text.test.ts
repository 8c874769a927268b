import { describe, expect, it } from 'vitest';
import { LANGUAGE_TAGS } from '../i18n/languages';
import { scenarioText } from './scenario-text';
import { BUILT_IN_SCENARIOS, builtInScenario } from './scenarios';

const english = { title: 'Windows 10, Server service stopped', description: 'Nobody can connect.' };

describe('scenarioText', () => {
  it('gives the translation for a language that has one', () => {
    const scenario = { ...english, translations: { de: { title: 'Windows 10, Dienst „Server“ beendet', description: 'Niemand kann sich verbinden.' } } };
    expect(scenarioText(scenario, 'de')).toEqual({ title: 'Windows 10, Dienst „Server“ beendet', description: 'Niemand kann sich verbinden.' });
  });

  it('falls back to the English for a language without one, and for a file without translations', () => {
    expect(scenarioText({ ...english, translations: { de: { title: 'x', description: 'y' } } }, 'th')).toEqual(english);
    expect(scenarioText(english, 'de')).toEqual(english);
    expect(scenarioText({ ...english, translations: { de: { title: 'x', description: 'y' } } }, 'en')).toEqual(english);
  });

  it('finds Thai words for the default demo PC', () => {
    expect(scenarioText(builtInScenario('xp-print-host-at-limit')!, 'th').title).toBe('พีซีที่ต่อเครื่องพิมพ์ Windows XP Professional ใช้ไปครบทั้ง 10 ช่อง');
  });

  it('has every built-in scenario in every language, each worded differently from the English', () => {
    for (const scenario of BUILT_IN_SCENARIOS) {
      for (const language of LANGUAGE_TAGS.filter((tag) => tag !== 'en')) {
        const text = scenarioText(scenario, language);
        expect(text.title, `${scenario.id} ${language}`).not.toBe(scenario.title);
        expect(text.description, `${scenario.id} ${language}`).not.toBe(scenario.description);
      }
    }
  });
});
