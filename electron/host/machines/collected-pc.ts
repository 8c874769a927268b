import type { PcDataFolder } from '../data-folder';
import { readCollectedFolder } from '../collected/collected-folder';
import type { Machine } from './machine';

/**
 * Outputs collected on another PC (`collect`, or typed by hand there), read once as that PC's scan;
 * a folder that cannot be read is reported here, before anything else happens. Plans made from it name
 * commands for that PC; nothing here can run them.
 */
export function collectedPc(directory: string, folder: PcDataFolder): Machine {
  const { readings, meta } = readCollectedFolder(directory);
  return {
    kind: 'collected',
    description: meta.computerName ? { kind: 'collected', computerName: meta.computerName } : { kind: 'collected-folder', directory },
    scenarioId: null,
    folder,
    runner: null,
    read: () => Promise.resolve(readings),
  };
}
