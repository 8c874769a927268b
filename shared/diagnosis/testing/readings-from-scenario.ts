import { failureFromErrorNumber, type CommandFailure } from '../../commands/command-failure';
import { recognizeSystemError } from '../../parsers/system-error';
import type { Scenario } from '../../simulated-host/scenario';
import { runSimulatedCommand } from '../../simulated-host/simulated-windows';
import type { HostReadings, SourceId, SourceReading } from '../readings';
import { SCAN_SOURCES } from '../scan-plan';

/**
 * What a scan of the scenario would read, without starting processes: the same commands as the real
 * scan, answered by the simulated host in memory. For unit tests of the diagnosis; the integration
 * tests go through the real runner and fake executables instead.
 */
export function readingsFromScenario(scenario: Scenario): HostReadings {
  const sources = {} as Record<SourceId, SourceReading>;
  for (const source of SCAN_SOURCES) {
    const outcome = runSimulatedCommand(scenario, source.program, source.args);
    const missing = outcome.missing || (source.program === 'powershell' && scenario.windows.CurrentVersion.startsWith('5.'));
    if (missing) {
      sources[source.id] = {
        status: 'failed',
        failure: { kind: 'program-missing', path: `C:\\Windows\\System32\\${source.program}.exe` },
        text: '',
        durationMs: 1,
      };
    } else if (outcome.hang) {
      sources[source.id] = { status: 'failed', failure: { kind: 'timed-out', timeoutMs: 30_000 }, text: '', durationMs: 30_000 };
    } else if (outcome.exitCode === 0) {
      sources[source.id] = { status: 'ok', text: outcome.stdout, durationMs: 1 };
    } else {
      const text = `${outcome.stderr}${outcome.stdout}`;
      const error = recognizeSystemError(text);
      const failure: CommandFailure = error ? failureFromErrorNumber(error.code) : { kind: 'exit-code', exitCode: outcome.exitCode };
      sources[source.id] = { status: 'failed', failure, text, durationMs: 1 };
    }
  }
  const fltmc = runSimulatedCommand(scenario, 'fltmc', []);
  return { sources, elevated: fltmc.exitCode === 0, codePage: scenario.codePage };
}
