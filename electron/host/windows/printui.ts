import { setPrinterSharedCommand } from '../../../shared/windows/printer-command-lines';
import type { CommandRunner } from '../commands/command-runner';
import { runCommand } from './run-command';

/*
 * printui.dll through rundll32, the way every Windows version changes a printer ("Rundll32
 * printui.dll,PrintUIEntry", Microsoft Learn). /Xs sets printer settings without a window. printui
 * reports problems in a message box, not on the console, and rundll32 exits 0 either way: its exit code
 * proves nothing, so the caller reads the printer's Attributes back to know whether it took effect.
 */

/** Shares a printer under `shareName`, or stops sharing it. */
export async function setPrinterShared(runner: CommandRunner, printer: string, shared: boolean, shareName: string): Promise<void> {
  await runCommand(runner, setPrinterSharedCommand('printui', printer, shared, shareName));
}
