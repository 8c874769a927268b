import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { checkJournal, JOURNAL_FORMAT, JOURNAL_VERSION, type JournalEntry, type JournalFile } from '../../../shared/fixes/journal-format';
import { InputFileError, readBoundedFile } from '../files/bounded-read';
import { acquireLock } from './process-lock';

/** The journal exists but is not a journal this app trusts: it is reported and left byte for byte. */
export class JournalDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`The journal ${file} is damaged (${reason}); it was kept as it is.`);
    this.name = 'JournalDamagedError';
  }
}

/** The journal cannot be written: no fix may run, because it could not be undone. */
export class JournalUnwritableError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`The journal ${file} cannot be written (${reason}).`);
    this.name = 'JournalUnwritableError';
  }
}

/** How long a writer waits for another one (the window and the command line) to finish its write. */
const LOCK_WAIT_MS = 30_000;
const TEMPORARY_NAME = 'journal.json.tmp';

/**
 * The record of every change on one PC: journal.json in its data folder, in the format of
 * shared/fixes/journal-format.ts, checked in full on every read.
 *
 * Every change of the file is a read–modify–write under a lock shared with every other Workgroup
 * Doctor process (process-lock.ts), so two writers never lose each other's entries. The new journal is
 * written inside the lock's directory, flushed, and renamed over the old one: a reader sees the old or
 * the new journal, never half of one, and a writer killed halfway leaves no file but the lock, which the
 * next writer clears. A journal that cannot be read is never written over.
 */
export class Journal {
  constructor(readonly file: string) {}

  read(): JournalFile {
    if (!existsSync(this.file)) return { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, entries: [] };
    let data: unknown;
    try {
      data = JSON.parse(readBoundedFile(this.file).toString('utf8'));
    } catch (error) {
      if (error instanceof SyntaxError) throw new JournalDamagedError(this.file, `not valid JSON: ${error.message}`);
      if (error instanceof InputFileError) throw new JournalDamagedError(this.file, error.message);
      throw error;
    }
    const checked = checkJournal(data);
    if (!checked.ok) throw new JournalDamagedError(this.file, checked.reason);
    return checked.journal;
  }

  /** Adds an entry, or replaces the one with the same id. */
  save(entry: JournalEntry): Promise<void> {
    return this.update((entries) => (entries.some((e) => e.id === entry.id) ? entries.map((e) => (e.id === entry.id ? entry : e)) : [...entries, entry]));
  }

  /** Reads, changes and writes the journal while no other process can; a damaged journal stops it unwritten. */
  async update(change: (entries: readonly JournalEntry[]) => JournalEntry[]): Promise<void> {
    const directory = path.dirname(this.file);
    let held;
    try {
      mkdirSync(directory, { recursive: true });
      held = await acquireLock(`${this.file}.lock`, { waitMs: LOCK_WAIT_MS });
    } catch (error) {
      throw new JournalUnwritableError(this.file, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
    if (held === null) throw new JournalUnwritableError(this.file, 'another Workgroup Doctor kept it locked');
    try {
      const next: JournalFile = { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, entries: change(this.read().entries) };
      // What is written must read back: an entry the reader would call damaged is a bug here, not the user's.
      const checked = checkJournal(next);
      if (!checked.ok) throw new Error(`refusing to write a journal entry the reader would not accept: ${checked.reason}`);
      this.writeThrough(path.join(held.directory, TEMPORARY_NAME), next);
    } finally {
      await held.release();
    }
  }

  private writeThrough(temporary: string, journal: JournalFile): void {
    try {
      const descriptor = openSync(temporary, 'w');
      try {
        writeSync(descriptor, `${JSON.stringify(journal, null, 2)}\n`);
        fsyncSync(descriptor);
      } finally {
        closeSync(descriptor);
      }
      renameSync(temporary, this.file);
    } catch (error) {
      throw new JournalUnwritableError(this.file, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
  }
}
