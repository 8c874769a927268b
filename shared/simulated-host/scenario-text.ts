import type { LanguageTag } from '../i18n/languages';
import type { Scenario } from './scenario';

/** What a scenario is called and what it shows, in one language. */
export interface ScenarioText {
  readonly title: string;
  readonly description: string;
}

/** The part of a scenario (or of its summary sent to the window) that holds its words. */
export type ScenarioWords = Pick<Scenario, 'title' | 'description' | 'translations'>;

/**
 * A scenario's title and description in the reader's language: its translation when it has one,
 * otherwise its own English (a technician's scenario file may have no translations at all).
 */
export function scenarioText(scenario: ScenarioWords, language: LanguageTag): ScenarioText {
  const translated = language === 'en' ? undefined : scenario.translations?.[language];
  return translated ?? { title: scenario.title, description: scenario.description };
}
