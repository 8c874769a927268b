import type { CommandFailure } from '../../../shared/commands/command-failure';
import { notRunEverywhere, type HostReadings, type SourceId, type SourceReading } from '../../../shared/diagnosis/readings';
import { parseRegQuery } from '../../../shared/parsers/reg-query';
import { windowsVersionFromRegistry } from '../../../shared/windows/windows-version';
import { CommandError } from '../commands/command-error';
import type { CommandRunner } from '../commands/command-runner';
import { isPrintersSourceApplicable, SCAN_SOURCES, type ScanSource } from '../../../shared/diagnosis/scan-plan';

export type ScanProgressStatus = 'running' | 'ok' | 'failed' | 'cancelled' | 'not-applicable';

export interface ScanProgress {
  readonly source: SourceId | 'elevation';
  readonly status: ScanProgressStatus;
  readonly durationMs?: number;
  readonly failure?: CommandFailure;
}

export interface ScanOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ScanProgress) => void;
  readonly sources?: readonly ScanSource[];
}

/**
 * Reads every source at once and waits for all of them: one failing or hanging command cannot hide
 * what the others found, and the whole scan takes about as long as its slowest command.
 */
export async function scanHost(runner: CommandRunner, options: ScanOptions = {}): Promise<HostReadings> {
  const { signal, onProgress = () => {} } = options;
  const sources = options.sources ?? SCAN_SOURCES;
  const readings: Record<SourceId, SourceReading> = notRunEverywhere('cancelled');

  const readSource = async (source: ScanSource): Promise<void> => {
    onProgress({ source: source.id, status: 'running' });
    try {
      const output = await runner.run(source.program, source.args, {
        ...(signal ? { signal } : {}),
        ...(source.codePage === undefined ? {} : { codePage: source.codePage }),
        ...(source.timeoutMs === undefined ? {} : { timeoutMs: source.timeoutMs }),
      });
      readings[source.id] = { status: 'ok', text: output.stdout, durationMs: output.durationMs };
      onProgress({ source: source.id, status: 'ok', durationMs: output.durationMs });
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      if (error.failure.kind === 'cancelled') {
        readings[source.id] = { status: 'not-run', reason: 'cancelled' };
        onProgress({ source: source.id, status: 'cancelled' });
        return;
      }
      const text = [error.stderr, error.stdout].filter((part) => part.trim() !== '').join('\n');
      readings[source.id] = { status: 'failed', failure: error.failure, text, durationMs: error.durationMs };
      onProgress({ source: source.id, status: 'failed', durationMs: error.durationMs, failure: error.failure });
    }
  };

  const [elevation] = await Promise.allSettled([isElevated(runner, signal, onProgress), ...sources.map(readSource)]);
  markPrintersNotApplicable(readings, onProgress);
  return {
    sources: readings,
    elevated: elevation.status === 'fulfilled' ? elevation.value : null,
    codePage: await runner.consoleCodePage().then(
      (found) => found.codePage,
      () => null,
    ),
  };
}

/**
 * fltmc lists file-system filters only for an administrator. Unlike "net session fails with error 5",
 * it does not mistake a stopped Server service for missing rights.
 */
async function isElevated(runner: CommandRunner, signal: AbortSignal | undefined, onProgress: (p: ScanProgress) => void): Promise<boolean | null> {
  onProgress({ source: 'elevation', status: 'running' });
  try {
    await runner.run('fltmc', [], signal ? { signal } : {});
    onProgress({ source: 'elevation', status: 'ok' });
    return true;
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    const known = error.failure.kind === 'access-denied' || error.failure.kind === 'exit-code';
    onProgress({ source: 'elevation', status: known ? 'ok' : 'failed', failure: error.failure });
    return known ? false : null;
  }
}

/** Get-Printer exists from Windows 8 on; on older versions its failure is expected, not a finding. */
function markPrintersNotApplicable(readings: Record<SourceId, SourceReading>, onProgress: (p: ScanProgress) => void): void {
  const version = readings['reg-version'];
  if (readings.printers.status !== 'failed' || version.status !== 'ok') return;
  const family = windowsVersionFromRegistry(parseRegQuery(version.text).values).family;
  if (!isPrintersSourceApplicable(family)) {
    readings.printers = { status: 'not-run', reason: 'not-applicable' };
    onProgress({ source: 'printers', status: 'not-applicable' });
  }
}
