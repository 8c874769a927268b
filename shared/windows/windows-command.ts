import type { WindowsProgramName } from '../commands/windows-program';

/**
 * One command line for a Windows program: an allowlisted program, its argv, and the environment a fixed
 * script reads its values from. Built by the small builders beside this file, so that the plan shown to a
 * technician and the command the host runs are the same line, defined once.
 */
export interface WindowsCommand {
  readonly program: WindowsProgramName;
  readonly args: readonly string[];
  /** Values a fixed script reads (a printer name), so that no name ever becomes part of a script. */
  readonly env?: Readonly<Record<string, string>>;
  /** The command's own output encoding, when not the console's (PowerShell told to write UTF-8). */
  readonly codePage?: number;
  /** How long it may run, when it may take longer than the runner's default (net view of a dead name). */
  readonly timeoutMs?: number;
}
