/** What the host is busy with: a scan reads the PC, a change writes it, a switch replaces the demo PC. */
export type WorkKind = 'scan' | 'change' | 'switch';

/** Refused because other work is running; the caller turns it into a refusal the user can read. */
export class BusyError extends Error {
  constructor(
    readonly requested: WorkKind,
    readonly running: WorkKind,
  ) {
    super(`Cannot start a ${requested} while a ${running} is running.`);
    this.name = 'BusyError';
  }
}

/**
 * The one rule that keeps scans, changes and demo-PC switches from overlapping: one piece of work at a
 * time. A change must never run against a PC a scan is still reading, and a scan taken while a change
 * runs would show a state that is about to change. Work that arrives while another runs is refused at
 * once (the user sees why), never queued behind it.
 *
 * This is the rule inside one process. The window and the command line are two processes on one data
 * folder: across them, a change also holds its PC's change lock (fixes/pc-change-lock.ts), and a change
 * refused there is the same BusyError, so the user sees the same "busy" refusal.
 */
export class WorkLock {
  private current: WorkKind | null = null;

  running(): WorkKind | null {
    return this.current;
  }

  /** Runs `work` alone; throws BusyError without starting it when other work holds the lock. */
  async run<T>(kind: WorkKind, work: () => Promise<T>): Promise<T> {
    const release = this.acquire(kind);
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** For synchronous work: the lock, and the function that gives it back. */
  acquire(kind: WorkKind): () => void {
    if (this.current !== null) throw new BusyError(kind, this.current);
    this.current = kind;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.current = null;
    };
  }
}
