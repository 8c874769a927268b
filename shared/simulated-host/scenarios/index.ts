import type { Scenario } from '../scenario';
import { parseScenario } from '../parse-scenario';
import clientSharesPrinter from './win10-client-shares-printer.json' with { type: 'json' };
import germanCp850 from './win10-german-cp850.json' with { type: 'json' };
import notElevated from './win10-not-elevated.json' with { type: 'json' };
import officeNearLimit from './win10-office-near-limit.json' with { type: 'json' };
import serverServiceStopped from './win10-server-service-stopped.json' with { type: 'json' };
import win11Healthy from './win11-healthy.json' with { type: 'json' };
import xpHomeFull from './xp-home-full.json' with { type: 'json' };
import xpPrintHostAtLimit from './xp-print-host-at-limit.json' with { type: 'json' };

/** The built-in scenarios, in the order the demo picker lists them. */
export const BUILT_IN_SCENARIOS: readonly Scenario[] = [
  xpPrintHostAtLimit,
  officeNearLimit,
  win11Healthy,
  xpHomeFull,
  notElevated,
  serverServiceStopped,
  clientSharesPrinter,
  germanCp850,
].map((data) => parseScenario(data));

export function builtInScenario(id: string): Scenario | null {
  return BUILT_IN_SCENARIOS.find((scenario) => scenario.id === id) ?? null;
}

export const DEFAULT_DEMO_SCENARIO_ID = 'xp-print-host-at-limit';
