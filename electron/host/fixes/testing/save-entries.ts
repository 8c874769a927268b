import type { JournalEntry } from '../../../../shared/fixes/journal-format';
import { Journal } from '../journal';

/**
 * A second writer of the journal, as a process of its own: saves `count` entries one by one, each a
 * read-modify-write of the file, as the window and the command line do. Its entries are its own (their
 * ids carry the writer's number), so the test can tell whether any was lost.
 *   node save-entries.js <journal file> <writer number> <count>
 */
const [file, writerText, countText] = process.argv.slice(2);
const writer = Number(writerText);
const journal = new Journal(file!);
for (let index = 0; index < Number(countText); index++) {
  const at = new Date(Date.UTC(2030 + writer, 0, 1) + index * 1000).toISOString();
  const entry: JournalEntry = {
    id: `${at.replace(/[:.]/g, '-')}-close-file`,
    status: 'applied',
    startedAt: at,
    finishedAt: at,
    change: { action: 'close-file', fileId: writer * 100_000 + index, path: `C:\\Shares\\writer-${writer}\\file-${index}.txt` },
    backupFiles: [],
    steps: [{ state: 'done', startedAt: at, finishedAt: at }],
    problem: null,
    undoneAt: null,
  };
  await journal.save(entry);
}
