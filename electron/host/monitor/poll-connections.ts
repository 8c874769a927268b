import { CommandError } from '../commands/command-error';
import type { CommandRunner } from '../commands/command-runner';
import { SCAN_SOURCES, type ScanSource } from '../../../shared/diagnosis/scan-plan';
import type { SourceId } from '../../../shared/diagnosis/readings';
import type { PollOutput } from '../../../shared/monitor/poll-reading';

/** A poll's commands give up well before the next scan would want the PC, and never take a watch hostage. */
const POLL_TIMEOUT_MS = 15_000;

const source = (id: SourceId): ScanSource => SCAN_SOURCES.find((candidate) => candidate.id === id)!;

/** What one poll read: who is connected and what they opened, and the limit when it was asked for. */
export interface PollOutputs {
  readonly sessions: PollOutput;
  readonly files: PollOutput;
  readonly serverConfig: PollOutput | null;
}

/**
 * One poll: `net session` and `net file` at once, exactly as the scan runs them (and, once at the start
 * of a watch without a scan to take the limit from, `net config server`). Reads only. A command that
 * fails is reported as its failure, never thrown: a poll that cannot read says why in its sample.
 */
export async function pollConnections(runner: CommandRunner, options: { readonly signal: AbortSignal; readonly readLimit: boolean }): Promise<PollOutputs> {
  const run = async (id: SourceId): Promise<PollOutput> => {
    const { program, args } = source(id);
    try {
      return { text: (await runner.run(program, args, { signal: options.signal, timeoutMs: POLL_TIMEOUT_MS })).stdout };
    } catch (error) {
      if (error instanceof CommandError) return { failure: error.failure };
      throw error;
    }
  };
  const [sessions, files, serverConfig] = await Promise.all([
    run('net-session'),
    run('net-file'),
    options.readLimit ? run('net-config-server') : Promise.resolve(null),
  ]);
  return { sessions, files, serverConfig };
}
