import path from 'node:path';
import { parseScenario, ScenarioError } from '../../../shared/simulated-host/parse-scenario';
import type { Scenario } from '../../../shared/simulated-host/scenario';
import { decodeSavedText } from '../commands/console-encoding';
import { InputFileError, readBoundedFile } from '../files/bounded-read';

/**
 * A scenario of one's own (a trainer's PC, a reproduction of a customer's): read with the size limit
 * (a folder, a device, a pipe or a huge file is refused before reading), then checked field by field
 * against the scenario schema. Any problem is a ScenarioError whose one-line message names the file,
 * and the fields when the file could be read.
 */
export function readScenarioFile(file: string): Scenario {
  let text: string;
  try {
    // As any saved text: UTF-8, or UTF-16 / UTF-8 with a byte-order mark (Notepad, PowerShell).
    text = decodeSavedText(readBoundedFile(file), 65001);
  } catch (error) {
    if (error instanceof InputFileError) throw new ScenarioError(`cannot read the scenario: ${error.message}`);
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(`the scenario ${file} is not valid JSON (${(error as Error).message}).`);
  }
  return parseScenario(data, path.basename(file));
}
