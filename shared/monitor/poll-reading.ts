import type { CommandFailure } from '../commands/command-failure';
import { SOURCE_READERS, UnreadableOutputError } from '../diagnosis/source-readers';
import type { NetFile } from '../parsers/net-file';
import type { NetSession } from '../parsers/net-session';

/** What one command of a poll gave: its decoded text, or why it gave none. */
export type PollOutput = { readonly text: string } | { readonly failure: CommandFailure };

/** One poll, read: who is connected and what they have open, or why the connections could not be read. */
export type PollReading =
  | {
      readonly sessions: readonly NetSession[];
      /** null when net file could not be read: the connections still count, what they opened is unknown. */
      readonly files: readonly NetFile[] | null;
    }
  | { readonly failure: CommandFailure };

/** Parses a poll's `net session` and `net file` with the scan's own readers, so both judge output alike. */
export function readPoll(sessions: PollOutput, files: PollOutput): PollReading {
  const sessionList = read(sessions, SOURCE_READERS.sessions);
  if ('failure' in sessionList) return sessionList;
  const fileList = read(files, SOURCE_READERS.openFiles);
  return { sessions: sessionList.value, files: 'failure' in fileList ? null : fileList.value };
}

function read<T>(output: PollOutput, reader: (text: string) => T): { readonly value: T } | { readonly failure: CommandFailure } {
  if ('failure' in output) return output;
  try {
    return { value: reader(output.text) };
  } catch (error) {
    if (error instanceof UnreadableOutputError) return { failure: { kind: 'unreadable-output', reason: error.message } };
    throw error;
  }
}
