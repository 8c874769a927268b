import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PcDataFolder } from '../data-folder';
import { JournalUnwritableError } from './journal';
import { acquireLock, isLockHeld } from './process-lock';

/**
 * The lock a change (apply or undo) holds on one PC's data folder for the whole of its run, so that the
 * window and the command line, which share the folder, never change the same PC at once. It lives in the
 * PC's folder beside the journal. Inside one process, WorkLock already keeps work apart.
 */
const CHANGE_LOCK = 'change.lock';

const lockDirectory = (folder: PcDataFolder) => path.join(folder.root, CHANGE_LOCK);

/** Runs `work` holding the PC's change lock; null, without running it, when another process holds it. */
export async function holdPcChangeLock<T>(folder: PcDataFolder, work: () => Promise<T>): Promise<{ readonly value: T } | null> {
  let held;
  try {
    mkdirSync(folder.root, { recursive: true });
    // A change never waits for another one: the user is told another change is running.
    held = await acquireLock(lockDirectory(folder), { waitMs: 0 });
  } catch (error) {
    throw new JournalUnwritableError(folder.root, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  if (held === null) return null;
  try {
    return { value: await work() };
  } finally {
    await held.release();
  }
}

/** Whether some live process is changing this PC now. */
export async function isPcChanging(folder: PcDataFolder): Promise<boolean> {
  return existsSync(lockDirectory(folder)) && (await isLockHeld(lockDirectory(folder)));
}
