import path from 'node:path';
import { parseScenario, ScenarioError } from '../../../shared/simulated-host/parse-scenario';
import type { Scenario } from '../../../shared/simulated-host/scenario';
import { readBoundedFile } from '../files/bounded-read';

/**
 * A scenario of one's own (a trainer's PC, a reproduction of a customer's): read with the size limit,
 * then checked field by field. Any problem is a ScenarioError whose message names the file and the field.
 */
export function readScenarioFile(file: string): Scenario {
  let data: unknown;
  try {
    data = JSON.parse(readBoundedFile(file).toString('utf8'));
  } catch (error) {
    throw new ScenarioError(`cannot read the scenario ${file}: ${(error as Error).message}`);
  }
  return parseScenario(data, path.basename(file));
}
