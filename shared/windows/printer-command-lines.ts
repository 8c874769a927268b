import {
  GET_PRINTERS_SCRIPT,
  PRINTER_NAME_ENV,
  SHARE_NAME_ENV,
  SHARE_PRINTER_SCRIPT,
  UNSHARE_PRINTER_SCRIPT,
  powershellArgs,
} from '../commands/powershell-scripts';
import type { WindowsCommand } from './windows-command';
import { printerCmdletsIn } from './windows-tools';
import type { WindowsFamily } from './windows-version';

/** How a printer's sharing is changed: Set-Printer where Windows has it, printui.dll everywhere else. */
export type PrinterSharingTool = 'set-printer' | 'printui';

/** Set-Printer only where it certainly exists; printui.dll works on every version, so it is the fallback. */
export function printerSharingTool(family: WindowsFamily | null): PrinterSharingTool {
  return family !== null && printerCmdletsIn(family) === 'yes' ? 'set-printer' : 'printui';
}

/** Get-Printer as JSON (Windows 8 and later); the script writes UTF-8. */
export function getPrintersCommand(): WindowsCommand {
  return { program: 'powershell', args: powershellArgs(GET_PRINTERS_SCRIPT), codePage: 65001 };
}

/**
 * Shares a printer under `shareName`, or stops sharing it. Set-Printer reads the names from the
 * environment, so no name is ever part of the script; printui.dll takes them as arguments:
 *   rundll32 printui.dll,PrintUIEntry /Xs /n NAME attributes -shared
 *   rundll32 printui.dll,PrintUIEntry /Xs /n NAME sharename SHARE attributes +shared
 * ("Rundll32 printui.dll,PrintUIEntry", Microsoft Learn).
 */
export function setPrinterSharedCommand(tool: PrinterSharingTool, printer: string, shared: boolean, shareName: string): WindowsCommand {
  if (tool === 'set-printer') {
    return shared
      ? {
          program: 'powershell',
          args: powershellArgs(SHARE_PRINTER_SCRIPT),
          env: { [PRINTER_NAME_ENV]: printer, [SHARE_NAME_ENV]: shareName },
          codePage: 65001,
        }
      : { program: 'powershell', args: powershellArgs(UNSHARE_PRINTER_SCRIPT), env: { [PRINTER_NAME_ENV]: printer }, codePage: 65001 };
  }
  return shared
    ? { program: 'rundll32', args: ['printui.dll,PrintUIEntry', '/Xs', '/n', printer, 'sharename', shareName, 'attributes', '+shared'] }
    : { program: 'rundll32', args: ['printui.dll,PrintUIEntry', '/Xs', '/n', printer, 'attributes', '-shared'] };
}
