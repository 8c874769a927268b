import { parseNetFile, type NetFile } from '../../../shared/parsers/net-file';
import { parseNetSession, type NetSession } from '../../../shared/parsers/net-session';
import {
  netCloseFileCommand,
  netEndSessionCommand,
  netOpenFilesCommand,
  netSessionsCommand,
  netSetAutodisconnectCommand,
  netViewCommand,
} from '../../../shared/windows/net-command-lines';
import { parseNetView, type RemoteShare } from '../../../shared/parsers/net-view';
import { netStartServerCommand, netStopServerCommand } from '../../../shared/windows/service-command-lines';
import type { CommandRunner } from '../commands/command-runner';
import { CommandError } from '../commands/command-error';
import { runCommand } from './run-command';

/** NERR_ClientNameNotFound: "A session does not exist with that computer name." */
const NO_SUCH_SESSION_ERROR = 2312;

/*
 * net.exe, as typed functions over the runner. net exits 0 when it did what was asked, 2 when it did
 * not, and prints "System error N" (or "NET HELPMSG N"), which the runner turns into a CommandError with
 * that number: 5 access denied, 2114 Server service stopped, 2312 no such session, 2314 no such file,
 * 2182 a service already started, 3521 a service not started, 1058 a disabled service.
 * An empty list ("There are no entries in the list.") is exit 0 and an empty array.
 */

export async function listSessions(runner: CommandRunner): Promise<NetSession[]> {
  return parseNetSession((await runCommand(runner, netSessionsCommand())).stdout).sessions;
}

/**
 * Ends every session of one client (never all: the builder refuses an empty name). A client that has
 * gone meanwhile (2312, no such session) is what was wanted: the step's check reads the list again.
 */
export async function deleteSession(runner: CommandRunner, computer: string): Promise<void> {
  try {
    await runCommand(runner, netEndSessionCommand(computer));
  } catch (error) {
    if (error instanceof CommandError && error.failure.kind === 'system-error' && error.failure.code === NO_SUCH_SESSION_ERROR) return;
    throw error;
  }
}

export async function listOpenFiles(runner: CommandRunner): Promise<NetFile[]> {
  return parseNetFile((await runCommand(runner, netOpenFilesCommand())).stdout).files;
}

export async function closeFile(runner: CommandRunner, fileId: number): Promise<void> {
  await runCommand(runner, netCloseFileCommand(fileId));
}

/**
 * The shares another computer offers. Its refusal is a CommandError with the number it answered
 * (71 full, 53 not found, 5 access denied, 51 not reachable).
 */
export async function viewShares(runner: CommandRunner, computer: string): Promise<RemoteShare[]> {
  return parseNetView((await runCommand(runner, netViewCommand(computer))).stdout).shares;
}

/** Starts the Server service; net waits until it runs, or says why not (1058: disabled). */
export async function startServer(runner: CommandRunner): Promise<void> {
  await runCommand(runner, netStartServerCommand());
}

/** Stops the Server service, and the services that depend on it (/y answers net's question). */
export async function stopServer(runner: CommandRunner): Promise<void> {
  await runCommand(runner, netStopServerCommand());
}

/** The Server service's idle time in minutes, -1 for never; net writes it to the registry too. */
export async function setAutodisconnect(runner: CommandRunner, minutes: number): Promise<void> {
  await runCommand(runner, netSetAutodisconnectCommand(minutes));
}
