import { dataFolderAt } from '../../data-folder';
import { holdPcChangeLock } from '../pc-change-lock';

/**
 * Another Workgroup Doctor changing a PC, as a process of its own: takes the PC's change lock, says
 * "holding" on stdout, and keeps it until it is killed.
 *   node hold-change-lock.js <pc folder>
 */
const folder = dataFolderAt(process.argv[2]!);
const held = await holdPcChangeLock(folder, async () => {
  process.stdout.write('holding\n');
  await new Promise(() => setInterval(() => {}, 60_000));
});
if (held === null) process.stdout.write('busy\n');
