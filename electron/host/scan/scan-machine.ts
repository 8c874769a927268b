import { diagnose } from '../../../shared/diagnosis/diagnose';
import type { PcRole } from '../../../shared/diagnosis/finding';
import type { ScanResult } from '../../../shared/ipc/contract';
import type { Machine } from '../machines/machine';
import type { ScanOptions } from './scan-host';

/** One scan of a machine and its diagnosis: the only place a ScanResult is put together. */
export async function scanMachine(machine: Machine, role: PcRole, options: ScanOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  const readings = await machine.read(options);
  return {
    readings,
    diagnosis: diagnose(readings, { role }),
    durationMs: Math.round(performance.now() - started),
    finishedAt: new Date().toISOString(),
    scenarioId: machine.scenarioId,
  };
}
