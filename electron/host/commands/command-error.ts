import { describeCommandFailure, type CommandFailure } from '../../../shared/commands/command-failure';
import { formatArgv } from './command-log';
import type { WindowsProgram } from './windows-programs';

/**
 * A command that did not give usable output. It carries everything a technician needs to see what
 * happened: the argv, the exit code, the decoded output and the language-independent reason.
 */
export class CommandError extends Error {
  constructor(
    readonly failure: CommandFailure,
    readonly program: WindowsProgram,
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stdout: string,
    readonly stderr: string,
    readonly durationMs: number,
  ) {
    super(`${formatArgv(program, args)}: ${describeCommandFailure(failure)}`);
    this.name = 'CommandError';
  }
}
