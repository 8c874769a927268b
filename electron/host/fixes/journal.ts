import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { JournalEntry, JournalFile } from '../../../shared/fixes/journal-entry';

/** The journal exists but cannot be read as one: it is reported and left untouched. */
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

/**
 * The record of every change, in one JSON file in the app's data folder. Each write goes to a private
 * file that is flushed and then renamed over the journal, so a crash leaves the old or the new
 * journal, never half of one. A journal that cannot be read is never overwritten.
 */
export class Journal {
  constructor(readonly file: string) {}

  read(): JournalFile {
    if (!existsSync(this.file)) return { version: 1, entries: [] };
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch (error) {
      throw new JournalDamagedError(this.file, error instanceof SyntaxError ? `not valid JSON: ${error.message}` : (error as Error).message);
    }
    if (!isJournalFile(parsed)) throw new JournalDamagedError(this.file, 'not the shape of a Workgroup Doctor journal');
    return parsed;
  }

  /** Adds an entry or replaces the one with the same id; reads first, so a damaged journal stops it. */
  save(entry: JournalEntry): void {
    const current = this.read();
    const others = current.entries.filter((e) => e.id !== entry.id);
    const entries = current.entries.some((e) => e.id === entry.id) ? current.entries.map((e) => (e.id === entry.id ? entry : e)) : [...others, entry];
    this.write({ version: 1, entries });
  }

  private write(journal: JournalFile): void {
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
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

function isJournalFile(value: unknown): value is JournalFile {
  if (typeof value !== 'object' || value === null) return false;
  const journal = value as { version?: unknown; entries?: unknown };
  return (
    journal.version === 1 &&
    Array.isArray(journal.entries) &&
    journal.entries.every((entry) => typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string' && typeof (entry as { status?: unknown }).status === 'string' && typeof (entry as { plan?: unknown }).plan === 'object')
  );
}
