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
 * One poll of a watch holding the lock. Its signal is aborted when other work takes over (the poll's
 * answer is then dropped); `stoppedFor` says which work that was.
 */
export interface PollHold {
  readonly signal: AbortSignal;
  stoppedFor(): WorkKind | null;
  release(): void;
}

/**
 * The one rule that keeps scans, changes and demo-PC switches from overlapping: one piece of work at a
 * time. A change must never run against a PC a scan is still reading, and a scan taken while a change
 * runs would show a state that is about to change. Work that arrives while another runs is refused at
 * once (the user sees why), never queued behind it.
 *
 * A watch's poll is background reading: it takes the lock only when nothing else holds it (otherwise
 * its tick is skipped), and it gives way to any work that arrives: that work stops the poll and, before
 * it starts, waits until the poll's commands have ended, so a change never overlaps a poll. A switch of
 * demo PC (synchronous) does not wait: the poll it stops was reading the PC being replaced.
 *
 * This is the rule inside one process. The window and the command line are two processes on one data
 * folder: across them, a change also holds its PC's change lock (fixes/pc-change-lock.ts), and a change
 * refused there is the same BusyError, so the user sees the same "busy" refusal.
 */
export class WorkLock {
  private current: WorkKind | null = null;
  private poll: { readonly controller: AbortController; readonly ended: Promise<void>; stoppedFor: WorkKind | null } | null = null;

  running(): WorkKind | null {
    return this.current;
  }

  /** Runs `work` alone; throws BusyError without starting it when other work holds the lock. */
  async run<T>(kind: WorkKind, work: () => Promise<T>): Promise<T> {
    // Checked first, so that work refused as busy does not stop a poll for nothing.
    if (this.current !== null) throw new BusyError(kind, this.current);
    while (this.poll) {
      const { ended } = this.stopPoll(kind);
      await ended;
    }
    const release = this.acquire(kind);
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** For synchronous work: the lock, and the function that gives it back. A running poll is stopped. */
  acquire(kind: WorkKind): () => void {
    if (this.current !== null) throw new BusyError(kind, this.current);
    if (this.poll) this.stopPoll(kind);
    this.poll = null;
    this.current = kind;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.current = null;
    };
  }

  /** The lock for one poll, or the work that holds it now (the tick is then skipped). */
  tryPoll(): PollHold | { readonly busy: WorkKind | 'poll' } {
    if (this.current !== null) return { busy: this.current };
    if (this.poll) return { busy: 'poll' };
    let end!: () => void;
    const held = { controller: new AbortController(), ended: new Promise<void>((resolve) => (end = resolve)), stoppedFor: null as WorkKind | null };
    this.poll = held;
    let released = false;
    return {
      signal: held.controller.signal,
      stoppedFor: () => held.stoppedFor,
      release: () => {
        if (released) return;
        released = true;
        if (this.poll === held) this.poll = null;
        end();
      },
    };
  }

  private stopPoll(kind: WorkKind) {
    const poll = this.poll!;
    poll.stoppedFor ??= kind;
    poll.controller.abort();
    return poll;
  }
}
