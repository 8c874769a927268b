import { setMaxListeners } from 'node:events';
import { diagnose } from '../../../shared/diagnosis/diagnose';
import type { EventSink, ScanOutcome, ScanRequest } from '../../../shared/ipc/contract';
import { ApiFailure } from '../../../shared/ipc/envelope';
import type { CommandRunner } from '../commands/command-runner';
import type { CommandLog } from '../commands/command-log';
import { scanHost } from './scan-host';

export interface ScanService {
  runScan(request: ScanRequest): Promise<ScanOutcome>;
  cancelScan(): boolean;
  isScanning(): boolean;
}

/** One scan at a time, cancellable, reporting progress as events. */
export function createScanService(dependencies: {
  readonly runner: () => CommandRunner;
  readonly scenarioId: () => string | null;
  readonly emit: EventSink;
  readonly log: CommandLog;
}): ScanService {
  let running: AbortController | null = null;

  return {
    isScanning: () => running !== null,
    cancelScan() {
      if (!running) return false;
      dependencies.log.info('scan cancelled by the user');
      running.abort();
      return true;
    },
    async runScan(request) {
      if (running) throw new ApiFailure('not-allowed-now', 'A scan is already running.');
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
        return {
          kind: 'completed',
          result: { readings, diagnosis: diagnose(readings, { role: request.role }), durationMs, finishedAt: new Date().toISOString(), scenarioId: dependencies.scenarioId() },
        };
      } finally {
        running = null;
      }
    },
  };
}
