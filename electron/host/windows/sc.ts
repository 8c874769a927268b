import { parseScQueryConfig, parseScQueryState } from '../../../shared/parsers/sc-service';
import { SERVICE_STATE_CODES, startTypeFromCode, type ServiceStartType, type SettableServerStartType } from '../../../shared/windows/server-service';
import { scQueryServerConfigCommand, scQueryServerStateCommand, scSetServerStartTypeCommand } from '../../../shared/windows/service-command-lines';
import type { CommandRunner } from '../commands/command-runner';
import { runCommand } from './run-command';

/*
 * sc.exe for the Server service ("sc qc", "sc query", "sc config", Microsoft Learn), as typed functions
 * over the runner. The exit-code contract: sc exits 0 when it did what was asked, otherwise with the
 * Win32 error number, which it also prints as "[SC] OpenService FAILED 5:"; the runner turns that into a
 * CommandError with that number (5 access denied, 1060 no such service). What sc prints is read by
 * its numbers only (shared/parsers/sc-service.ts); a number that is not there is null, never a guess.
 */

/** Its start type now, or null when sc's output held none. */
export async function queryServerStartType(runner: CommandRunner): Promise<ServiceStartType | null> {
  const code = parseScQueryConfig((await runCommand(runner, scQueryServerConfigCommand())).stdout).startType;
  return code === null ? null : startTypeFromCode(code);
}

/** Whether it runs now (STATE 4), or null when sc's output held no state. */
export async function queryServerRunning(runner: CommandRunner): Promise<boolean | null> {
  const state = parseScQueryState((await runCommand(runner, scQueryServerStateCommand())).stdout).state;
  return state === null ? null : state === SERVICE_STATE_CODES.running;
}

export async function setServerStartType(runner: CommandRunner, startType: SettableServerStartType): Promise<void> {
  await runCommand(runner, scSetServerStartTypeCommand(startType));
}
