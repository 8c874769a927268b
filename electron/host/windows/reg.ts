import { deleteValueCommand, setValueCommand, type RegWritableValueId } from '../../../shared/fixes/registry-allowlist';
import { parseRegQuery, type RegValue } from '../../../shared/parsers/reg-query';
import { regExportCommand, regQueryKeyCommand } from '../../../shared/windows/reg-command-lines';
import { sameKey, sameValueName } from '../../../shared/windows/registry-keys';
import type { CommandRunner } from '../commands/command-runner';
import { runCommand } from './run-command';

/*
 * reg.exe, as typed functions over the runner ("reg query", "reg add", "reg delete", "reg export",
 * Microsoft Learn). A failure is a CommandError from the runner.
 *
 * The exit-code contract: reg exits 0 when it did what was asked and 1 when it did not. For a query,
 * 1 means the key (or the value given with /v) does not exist OR could not be read (access denied):
 * only the message, in the display language, tells which, and it is not read. So a missing value is
 * recognized the one way that does not depend on language: the key is read (exit 0) and the value is
 * not among those it lists. Nothing there is a value: that is null, never an error; a key that cannot
 * be read is an error, never null.
 */

/** The values directly under `key` (not its subkeys). */
export async function queryKey(runner: CommandRunner, key: string): Promise<RegValue[]> {
  const output = await runCommand(runner, regQueryKeyCommand(key));
  return parseRegQuery(output.stdout).values.filter((value) => sameKey(value.key, key));
}

/** One value of `key`; null when the key was read and holds no such value. */
export async function queryValue(runner: CommandRunner, key: string, name: string): Promise<RegValue | null> {
  const values = await queryKey(runner, key);
  return values.find((value) => sameValueName(value.name, name)) ?? null;
}

/** Sets an allowlisted REG_DWORD (the allowlist refuses data it does not allow). */
export async function addValue(runner: CommandRunner, value: RegWritableValueId, data: number): Promise<void> {
  await runCommand(runner, setValueCommand(value, data));
}

/** Removes an allowlisted value (undo of one that did not exist before). */
export async function deleteValue(runner: CommandRunner, value: RegWritableValueId): Promise<void> {
  await runCommand(runner, deleteValueCommand(value));
}

/** Saves `key` with its subkeys to a .reg file, overwriting it. */
export async function exportKey(runner: CommandRunner, key: string, file: string): Promise<void> {
  await runCommand(runner, regExportCommand(key, file));
}
