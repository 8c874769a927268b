import type { HostReadings } from '../../../shared/diagnosis/readings';
import type { MachineDescription } from '../../../shared/machines/machine-label';
import type { CommandRunner } from '../commands/command-runner';
import type { PcDataFolder } from '../data-folder';
import type { ScanOptions } from '../scan/scan-host';

/**
 * The PC the operations work on: this one, a simulated one (demo mode, practice, tests), or outputs
 * collected on another PC. Every operation reaches the PC only through this.
 */
export interface Machine {
  readonly kind: 'this-pc' | 'simulated' | 'collected';
  /** What the user knows it by, which each front end words in its reader's language (machineLabel). */
  readonly description: MachineDescription;
  /** The simulated PC's scenario, null otherwise. */
  readonly scenarioId: string | null;
  /** Where its journal of changes and its backups are kept. */
  readonly folder: PcDataFolder;
  /** How commands reach it; null for saved outputs, which can be read but never changed. */
  readonly runner: CommandRunner | null;
  /** Every source the diagnosis reads: run live, or read from the saved files. */
  read(options?: ScanOptions): Promise<HostReadings>;
  /** A watch of its connections began: a simulated PC with a timeline starts its day (nothing for a real PC). */
  watchStarted?(): void;
}
