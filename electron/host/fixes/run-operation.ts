import type { FixOperation } from '../../../shared/fixes/fix-operation';
import type { CommandRunner } from '../commands/command-runner';
import * as net from '../windows/net';
import * as powershell from '../windows/powershell';
import * as printui from '../windows/printui';
import * as reg from '../windows/reg';
import * as sc from '../windows/sc';

/** Carries out one operation of a plan through the module of the program that does it. */
export async function runOperation(runner: CommandRunner, operation: FixOperation): Promise<void> {
  switch (operation.kind) {
    case 'export-key':
      return reg.exportKey(runner, operation.key, operation.file);
    case 'set-value':
      return reg.addValue(runner, operation.value, operation.data);
    case 'delete-value':
      return reg.deleteValue(runner, operation.value);
    case 'set-printer-shared':
      return (operation.tool === 'set-printer' ? powershell : printui).setPrinterShared(runner, operation.printer, operation.shared, operation.shareName);
    case 'end-session':
      return net.deleteSession(runner, operation.computer);
    case 'close-file':
      return net.closeFile(runner, operation.fileId);
    case 'set-autodisconnect':
      return net.setAutodisconnect(runner, operation.minutes);
    case 'set-server-start-type':
      return sc.setServerStartType(runner, operation.startType);
    case 'start-server':
      return net.startServer(runner);
    case 'stop-server':
      return net.stopServer(runner);
  }
}
