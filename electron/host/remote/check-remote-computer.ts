import { remoteCheckFromFailure, type RemoteCheck } from '../../../shared/diagnosis/remote-check';
import { computerNameProblem } from '../../../shared/fixes/validate-names';
import { bareComputerName } from '../../../shared/windows/computer-names';
import { CommandError } from '../commands/command-error';
import type { Machine } from '../machines/machine';
import * as net from '../windows/net';

/**
 * Asks another computer for its shares (net view \\NAME) from the machine, changing nothing: the way
 * the PC that shows error 71 sees whether the other one is full. The name passes the same checks as
 * every name given to Windows; saved outputs cannot reach anything.
 */
export async function checkRemoteComputer(machine: Machine, name: string): Promise<RemoteCheck> {
  const computer = bareComputerName(name.trim());
  const problem = computerNameProblem(computer);
  if (problem) return { kind: 'invalid-name', computer, problem };
  if (machine.runner === null) return { kind: 'not-possible', computer };
  try {
    return { kind: 'answered', computer, shares: await net.viewShares(machine.runner, computer) };
  } catch (error) {
    if (error instanceof CommandError) return remoteCheckFromFailure(computer, error.failure);
    throw error;
  }
}
