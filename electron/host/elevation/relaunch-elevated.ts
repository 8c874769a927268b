import { RELAUNCH_ARGUMENTS_ENV, RELAUNCH_ELEVATED_SCRIPT, RELAUNCH_EXECUTABLE_ENV, powershellArgs } from '../../../shared/commands/powershell-scripts';
import { quoteWindowsArgument } from '../../../shared/commands/command-line';
import type { ElevationResponse } from '../../../shared/ipc/contract';
import { CommandError } from '../commands/command-error';
import type { CommandRunner } from '../commands/command-runner';

/**
 * "Restart as administrator": the app reads without rights and asks for them only to change something.
 * The elevation prompt is Windows' own (Start-Process -Verb RunAs); the app quits only once the new,
 * elevated one has been allowed to start, and stays open, saying why, when the user declines.
 */
export async function relaunchElevated(options: {
  readonly runner: CommandRunner;
  readonly executable: string;
  readonly args: readonly string[];
  readonly quit: () => void;
}): Promise<ElevationResponse> {
  // Start-Process hands ArgumentList to the new process as one command line, split the C runtime's way.
  const quoted = options.args.map(quoteWindowsArgument).join(' ');
  try {
    // The user may take a while to answer the prompt.
    await options.runner.run('powershell', powershellArgs(RELAUNCH_ELEVATED_SCRIPT), {
      env: { [RELAUNCH_EXECUTABLE_ENV]: options.executable, [RELAUNCH_ARGUMENTS_ENV]: quoted },
      timeoutMs: 10 * 60_000,
    });
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    return {
      kind: 'not-possible',
      reason: 'Windows did not start Workgroup Doctor as an administrator (the request was declined or failed). Nothing was changed.',
    };
  }
  setTimeout(options.quit, 300);
  return { kind: 'restarting' };
}
