import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SimulatedPcState } from '../../../shared/simulated-host/timeline';

/**
 * The simulated PC lives in one JSON file, so that every fake command (a separate process) sees the
 * changes the earlier ones made. Written to a private name and renamed: a reader never sees half a file.
 */
export function readHostState(file: string): SimulatedPcState {
  return JSON.parse(readFileSync(file, 'utf8')) as SimulatedPcState;
}

export function writeHostState(file: string, state: SimulatedPcState): void {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 1)}\n`);
  renameSync(temporary, file);
}
