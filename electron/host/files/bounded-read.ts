import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';

/** The most any one file or command output may hold: the runner's output cap, the same for every read. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** A file that was not read, with a sentence that says why and what to do. */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'missing' | 'not-a-file' | 'too-large' | 'denied' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'InputFileError';
  }
}

/**
 * Reads a regular file of at most `limit` bytes. A folder, a FIFO, a device (/dev/zero, a terminal) or a
 * larger file is refused before anything is read, so no input can make the app wait forever or fill
 * its memory. The size is checked again while reading: a file that grows meanwhile is refused too.
 */
export function readBoundedFile(file: string, limit: number = MAX_INPUT_BYTES): Buffer {
  let descriptor: number;
  try {
    // O_NONBLOCK: opening a FIFO without a writer must not wait; the check below refuses it anyway.
    descriptor = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw openFailure(file, error as NodeJS.ErrnoException);
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) throw new InputFileError(file, 'not-a-file', `${file} is a folder, not a file.`);
    if (!stats.isFile()) throw new InputFileError(file, 'not-a-file', `${file} is not a regular file (a device, a pipe or a socket), so it was not read.`);
    if (stats.size > limit) throw tooLarge(file, limit);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > limit) throw tooLarge(file, limit);
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError(file, 'unreadable', `${file} could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  } finally {
    closeSync(descriptor);
  }
}

function tooLarge(file: string, limit: number): InputFileError {
  return new InputFileError(
    file,
    'too-large',
    `${file} is larger than ${formatMegabytes(limit)}, more than any Windows command prints here, so it was not read.`,
  );
}

function openFailure(file: string, error: NodeJS.ErrnoException): InputFileError {
  if (error.code === 'ENOENT') return new InputFileError(file, 'missing', `${file} does not exist.`);
  if (error.code === 'EISDIR') return new InputFileError(file, 'not-a-file', `${file} is a folder, not a file.`);
  if (error.code === 'EACCES' || error.code === 'EPERM') return new InputFileError(file, 'denied', `${file} could not be read: permission denied.`);
  return new InputFileError(file, 'unreadable', `${file} could not be read: ${error.code ?? error.message}.`);
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
