import { createTranslator, type Translate } from '../i18n/translate';
import { scenarioText, type ScenarioWords } from '../simulated-host/scenario-text';

/**
 * Which PC the operations work on, as facts rather than words, so that each front end names it in its
 * reader's language: this PC, a simulated one (its scenario's words, in every language it has), or
 * outputs collected on another PC (by that PC's name, or by the folder when meta.json has none).
 */
export type MachineDescription =
  | { readonly kind: 'this-pc' }
  | { readonly kind: 'simulated'; readonly scenario: ScenarioWords }
  | { readonly kind: 'collected'; readonly computerName: string }
  | { readonly kind: 'collected-folder'; readonly directory: string };

/** How the user knows the PC, in t's language: "this PC", `simulated PC "…"`, "outputs collected on NAME". */
export function machineLabel(description: MachineDescription, t: Translate): string {
  switch (description.kind) {
    case 'this-pc':
      return t('machine.this-pc');
    case 'simulated':
      return t('machine.simulated', { title: scenarioText(description.scenario, t.locale).title });
    case 'collected':
      return t('machine.collected', { computerName: description.computerName });
    case 'collected-folder':
      return t('machine.collected-folder', { directory: description.directory });
  }
}

const ENGLISH = createTranslator();

/** For the log, which is written in English whatever language the user reads. */
export function englishMachineLabel(description: MachineDescription): string {
  return machineLabel(description, ENGLISH);
}
