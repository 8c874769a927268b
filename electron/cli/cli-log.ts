import type { CommandLog } from '../host';
import type { CliIo } from './cli-io';

/** The CLI logs each command it runs to stderr with --verbose, and says nothing otherwise. */
export function cliLog(io: CliIo, verbose: boolean | undefined): CommandLog {
  if (!verbose) return { info: () => {}, warn: () => {} };
  return { info: (m) => io.stderr(`[run] ${m}\n`), warn: (m) => io.stderr(`[warn] ${m}\n`) };
}
