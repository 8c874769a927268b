import type { WindowsCommand } from '../../../shared/windows/windows-command';
import type { CommandOutput, CommandRunner } from '../commands/command-runner';

/**
 * Runs a command line built by one of the shared builders, with the environment and output encoding it
 * names. Every module here goes through this, so none of them spells an argv of its own.
 */
export function runCommand(runner: CommandRunner, command: WindowsCommand): Promise<CommandOutput> {
  return runner.run(command.program, command.args, {
    ...(command.env ? { env: command.env } : {}),
    ...(command.codePage ? { codePage: command.codePage } : {}),
    ...(command.timeoutMs ? { timeoutMs: command.timeoutMs } : {}),
  });
}
