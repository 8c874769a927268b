import type { StepCheck } from '../../../shared/fixes/fix-plan';
import { ALLOWED_VALUES } from '../../../shared/fixes/registry-allowlist';
import { sameComputer } from '../../../shared/windows/computer-names';
import { isSharedByAttributes } from '../../../shared/windows/printer-attributes';
import { PRINTER_ATTRIBUTES_VALUE, printerKey } from '../../../shared/windows/registry-keys';
import { CommandError } from '../commands/command-error';
import type { CommandRunner } from '../commands/command-runner';
import * as net from '../windows/net';
import * as reg from '../windows/reg';
import * as sc from '../windows/sc';

/**
 * Whether a step took effect, read back from Windows rather than trusted from an exit code (printui's is
 * always 0). A read that fails proves nothing, so the step does not count as done.
 */
export async function stepHolds(runner: CommandRunner, check: StepCheck): Promise<boolean> {
  try {
    switch (check.kind) {
      case 'registry-value': {
        const { key, name } = ALLOWED_VALUES[check.value];
        const value = await reg.queryValue(runner, key, name);
        return check.data === null ? value === null : value?.data === check.data;
      }
      case 'printer-shared': {
        // The spooler's own record, the same on every Windows version (Get-Printer needs Windows 8).
        const attributes = await reg.queryValue(runner, printerKey(check.printer), PRINTER_ATTRIBUTES_VALUE);
        return typeof attributes?.data === 'number' && isSharedByAttributes(attributes.data) === check.shared;
      }
      case 'no-session':
        return !(await net.listSessions(runner)).some((session) => sameComputer(session.computer, check.computer));
      case 'file-closed':
        return !(await net.listOpenFiles(runner)).some((file) => file.id === check.fileId);
      case 'server-start-type':
        return (await sc.queryServerStartType(runner)) === check.startType;
      // The service answers (sc query: STATE 4 RUNNING), or has stopped (1 STOPPED).
      case 'server-running':
        return (await sc.queryServerRunning(runner)) === check.running;
    }
  } catch (error) {
    if (error instanceof CommandError) return false;
    throw error;
  }
}
