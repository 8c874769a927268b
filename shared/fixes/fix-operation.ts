import { netCloseFileCommand, netEndSessionCommand, netSetAutodisconnectCommand } from '../windows/net-command-lines';
import { setPrinterSharedCommand, type PrinterSharingTool } from '../windows/printer-command-lines';
import { regExportCommand } from '../windows/reg-command-lines';
import type { SettableServerStartType } from '../windows/server-service';
import { netStartServerCommand, netStopServerCommand, scSetServerStartTypeCommand } from '../windows/service-command-lines';
import type { WindowsCommand } from '../windows/windows-command';
import { deleteValueCommand, setValueCommand, type RegWritableValueId } from './registry-allowlist';

/**
 * What one command of a fix does, as typed data: the host carries it out through its per-program modules
 * (electron/host/windows), and the plan shows its command line, both built by the same builders.
 */
export type FixOperation =
  | { readonly kind: 'export-key'; readonly key: string; readonly file: string }
  | { readonly kind: 'set-value'; readonly value: RegWritableValueId; readonly data: number }
  | { readonly kind: 'delete-value'; readonly value: RegWritableValueId }
  | { readonly kind: 'set-printer-shared'; readonly tool: PrinterSharingTool; readonly printer: string; readonly shared: boolean; readonly shareName: string }
  | { readonly kind: 'end-session'; readonly computer: string }
  | { readonly kind: 'close-file'; readonly fileId: number }
  | { readonly kind: 'set-autodisconnect'; readonly minutes: number }
  | { readonly kind: 'set-server-start-type'; readonly startType: SettableServerStartType }
  | { readonly kind: 'start-server' }
  | { readonly kind: 'stop-server' };

/** The command line an operation runs, as technicians see it. */
export function operationCommand(operation: FixOperation): WindowsCommand {
  switch (operation.kind) {
    case 'export-key':
      return regExportCommand(operation.key, operation.file);
    case 'set-value':
      return setValueCommand(operation.value, operation.data);
    case 'delete-value':
      return deleteValueCommand(operation.value);
    case 'set-printer-shared':
      return setPrinterSharedCommand(operation.tool, operation.printer, operation.shared, operation.shareName);
    case 'end-session':
      return netEndSessionCommand(operation.computer);
    case 'close-file':
      return netCloseFileCommand(operation.fileId);
    case 'set-autodisconnect':
      return netSetAutodisconnectCommand(operation.minutes);
    case 'set-server-start-type':
      return scSetServerStartTypeCommand(operation.startType);
    case 'start-server':
      return netStartServerCommand();
    case 'stop-server':
      return netStopServerCommand();
  }
}
