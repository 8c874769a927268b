import { setMaxListeners } from 'node:events';
import { diagnose } from '../../../shared/diagnosis/diagnose';
import type { EventSink, ScanOutcome, ScanRequest, ScanResult } from '../../../shared/ipc/contract';
import { ApiFailure } from '../../../shared/ipc/envelope';
import type { CommandRunner } from '../commands/command-runner';
import type { CommandLog } from '../commands/command-log';
import { scanHost } from './scan-host';

export interface ScanService {
  runScan(request: ScanRequest): Promise<ScanOutcome>;
  cancelScan(): boolean;
  isScanning(): boolean;
  /** The last completed scan: fixes are planned from what the user saw. */
  lastResult(): ScanResult | null;
  /** A scan made elsewhere (before and after a fix) becomes the one the user sees. */
  remember(result: ScanResult): void;
  forget(): void;
}

/** One scan at a time, cancellable, reporting progress as events. */
export function createScanService(dependencies: {
  readonly runner: () => CommandRunner;
  readonly scenarioId: () => string | null;
  readonly emit: EventSink;
  readonly log: CommandLog;
  /** Another operation (a fix) that must not run at the same time. */
  readonly otherWorkRunning?: () => boolean;
}): ScanService {
  let running: AbortController | null = null;
  let last: ScanResult | null = null;

  return {
    isScanning: () => running !== null,
    lastResult: () => last,
    remember: (result) => {
      last = result;
    },
    forget: () => {
      last = null;
    },
    cancelScan() {
      if (!running) return false;
      dependencies.log.info('scan cancelled by the user');
      running.abort();
      return true;
    },
    async runScan(request) {
      if (running) throw new ApiFailure('not-allowed-now', 'A scan is already running.');
      if (dependencies.otherWorkRunning?.()) throw new ApiFailure('not-allowed-now', 'A change is being made; scan again when it has finished.');
      const controller = new AbortController();
      // Every command of the scan listens on this one signal.
      setMaxListeners(64, controller.signal);
      running = controller;
      const started = performance.now();
      try {
        const readings = await scanHost(dependencies.runner(), {
          signal: controller.signal,
          onProgress: (progress) => dependencies.emit('scanProgress', progress),
        });
        if (controller.signal.aborted) return { kind: 'cancelled' };
        const durationMs = Math.round(performance.now() - started);
        dependencies.log.info(`scan finished in ${durationMs} ms`);
        last = { readings, diagnosis: diagnose(readings, { role: request.role }), durationMs, finishedAt: new Date().toISOString(), scenarioId: dependencies.scenarioId() };
        return { kind: 'completed', result: last };
      } finally {
        running = null;
      }
    },
  };
}
