import { summarizeProblems, validate } from '../validation/validate';
import type { Scenario } from './scenario';
import { SCENARIO_SCHEMA } from './scenario-schema';

/** A scenario file that does not have the shape the simulated host needs. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
}

/**
 * Checks a scenario read from JSON (built in, or a technician's own file) before the host uses it, so a
 * mistake is reported by field name when the file is read, instead of surfacing as a crash inside a fake
 * command or being silently ignored (an unknown fault kind). Returns the checked copy.
 */
export function parseScenario(data: unknown, origin = 'scenario'): Scenario {
  const result = validate(SCENARIO_SCHEMA, data);
  if (!result.ok) throw new ScenarioError(`${origin} is not a valid scenario: ${summarizeProblems(result.problems, 5)}`);
  return result.value;
}
