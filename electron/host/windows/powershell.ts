import { parsePrintersJson, type PrinterRecord } from '../../../shared/parsers/printers-json';
import { getPrintersCommand, setPrinterSharedCommand } from '../../../shared/windows/printer-command-lines';
import type { CommandRunner } from '../commands/command-runner';
import { runCommand } from './run-command';

/*
 * Windows PowerShell running the app's fixed scripts (shared/commands/powershell-scripts.ts), never text
 * assembled from input: a name reaches a script only through the environment. The scripts set
 * $ErrorActionPreference = 'Stop', so a cmdlet that fails makes powershell.exe exit 1; the runner turns
 * that into a CommandError. Get-Printer and Set-Printer need Windows 8 or later (windows-tools.ts).
 */

/** Every printer, shared or not, with its share name. */
export async function getPrinters(runner: CommandRunner): Promise<PrinterRecord[]> {
  return parsePrintersJson((await runCommand(runner, getPrintersCommand())).stdout).printers;
}

/** Shares a printer under `shareName`, or stops sharing it (Set-Printer; needs an administrator). */
export async function setPrinterShared(runner: CommandRunner, printer: string, shared: boolean, shareName: string): Promise<void> {
  await runCommand(runner, setPrinterSharedCommand('set-printer', printer, shared, shareName));
}
