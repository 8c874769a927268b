import { mkdir, readFileSync, rm, rmSync, stat, statSync, utimes, writeFile, type Stats } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { check, lock } from 'proper-lockfile';

/**
 * A lock that one process at a time holds, across processes: the window and the command line share the
 * data folder. proper-lockfile makes it: the lock is a directory created atomically (mkdir), with a
 * modification time the holder refreshes while it lives, so a lock whose holder vanished goes stale
 * after STALE_MS and is taken over (stale-lock recovery).
 *
 * Waiting STALE_MS after a crash would keep the next start of the app waiting for nothing, so the lock
 * directory holds an owner record (process id and computer name), and proper-lockfile is given a view of
 * the file system in which the lock's time is that record's: the directory itself can hold other files
 * (the journal being written) without disturbing the refresh. A lock whose owner is a process on this
 * computer that no longer runs is taken over at once. Taking over is proper-lockfile's own move (remove,
 * then create again) and shares its race: two processes that find the same dead holder at the same
 * instant can both take over; the loser finds its lock compromised at its next refresh (onCompromised).
 *
 * Whatever the holder keeps inside the directory goes with it, so a process that is killed leaves nothing
 * behind but the lock itself, which the next one clears.
 */
export interface HeldLock {
  /** The lock directory: a private place for files the holder writes before moving them into place. */
  readonly directory: string;
  release(): Promise<void>;
}

export interface LockOptions {
  /** How long to wait for another holder to let go; 0: do not wait. */
  readonly waitMs: number;
  /** The lock was taken over while held (the holder stalled past STALE_MS). */
  readonly onCompromised?: (error: Error) => void;
}

export const STALE_MS = 10_000;
const OWNER_FILE = 'owner.json';

interface Owner {
  readonly pid: number;
  readonly host: string;
}

type Callback<T = void> = (error: NodeJS.ErrnoException | null, value?: T) => void;
const ownerFile = (directory: string) => path.join(directory, OWNER_FILE);

/**
 * The file system as proper-lockfile sees it: creating the lock creates the directory and the owner
 * record in it; the lock's time is the owner record's; removing it removes the directory and all in it.
 */
const lockFs = {
  mkdir: (directory: string, callback: Callback) =>
    mkdir(directory, (error) => {
      if (error) return callback(error);
      const owner: Owner = { pid: process.pid, host: hostname() };
      writeFile(ownerFile(directory), JSON.stringify(owner), (writeError) => callback(writeError));
    }),
  stat: (directory: string, callback: Callback<Stats>) => stat(ownerFile(directory), callback),
  utimes: (directory: string, atime: Date, mtime: Date, callback: Callback) => utimes(ownerFile(directory), atime, mtime, callback),
  rmdir: (directory: string, callback: Callback) => rm(directory, { recursive: true, force: true }, callback),
  rmdirSync: (directory: string) => rmSync(directory, { recursive: true, force: true }),
};

/** Takes the lock that is the directory `directory`; null when another holder keeps it past `waitMs`. */
export async function acquireLock(directory: string, options: LockOptions): Promise<HeldLock | null> {
  const giveUpAt = Date.now() + options.waitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const release = await lock(directory, {
        lockfilePath: directory,
        realpath: false,
        stale: STALE_MS,
        retries: 0,
        fs: lockFs,
        onCompromised: options.onCompromised ?? (() => {}),
      });
      return { directory, release: () => release().catch(ignoreReleased) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      if (holderIsGone(directory)) {
        rmSync(directory, { recursive: true, force: true });
        continue;
      }
      if (Date.now() >= giveUpAt) return null;
      // Short, growing, jittered pauses: writers of the journal hold it for milliseconds.
      await new Promise((resolve) => setTimeout(resolve, Math.min(5 * 1.5 ** attempt, 200) * (0.5 + Math.random())));
    }
  }
}

/** Whether a live process holds the lock at `directory` (a dead or stale holder does not count). */
export async function isLockHeld(directory: string): Promise<boolean> {
  const fresh = await check(directory, { lockfilePath: directory, realpath: false, stale: STALE_MS, fs: lockFs });
  return fresh && !holderIsGone(directory);
}

/**
 * True when the owner record names a process on this computer that no longer runs, or when there is no
 * owner record in a directory older than STALE_MS (its creator was killed before writing one). A
 * younger directory without one is being created right now.
 */
function holderIsGone(directory: string): boolean {
  let owner: Partial<Owner>;
  try {
    owner = JSON.parse(readFileSync(ownerFile(directory), 'utf8')) as Partial<Owner>;
  } catch {
    try {
      return statSync(directory).mtimeMs < Date.now() - STALE_MS;
    } catch {
      return false;
    }
  }
  if (typeof owner.pid !== 'number' || owner.host !== hostname()) return false;
  try {
    // Signal 0 checks that the process exists without touching it; EPERM means it exists (another
    // user's, or an elevated one).
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function ignoreReleased(error: NodeJS.ErrnoException): void {
  // A lock taken over meanwhile (see onCompromised) is no longer ours to remove.
  if (error.code !== 'ERELEASED' && error.code !== 'ENOTACQUIRED') throw error;
}
