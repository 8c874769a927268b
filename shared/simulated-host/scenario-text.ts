import { supportedLanguageOf } from '../i18n/languages';
import type { Scenario } from './scenario';

/** What a scenario is called and what it shows, in one language. */
export interface ScenarioText {
  readonly title: string;
  readonly description: string;
}

/** The part of a scenario (or of its summary sent to the window) that holds its words. */
export type ScenarioWords = Pick<Scenario, 'title' | 'description' | 'translations'>;

/**
 * A scenario's title and description in the reader's language (a BCP 47 tag, such as a translator's
 * locale): its translation when it has one, otherwise its own English (a technician's scenario file
 * may have no translations at all).
 */
export function scenarioText(scenario: ScenarioWords, language: string): ScenarioText {
  const tag = supportedLanguageOf(language);
  const translated = tag === null || tag === 'en' ? undefined : scenario.translations?.[tag];
  return translated ?? { title: scenario.title, description: scenario.description };
}
