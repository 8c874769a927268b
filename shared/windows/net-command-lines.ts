import { bareComputerName } from './computer-names';
import { NET_VIEW_TIMEOUT_MS } from './remote-computer';
import type { WindowsCommand } from './windows-command';

/** net.exe command lines ("Net session", "Net file", "Net config server", Microsoft Learn). */
export function netSessionsCommand(): WindowsCommand {
  return { program: 'net', args: ['session'] };
}

/**
 * Ends every session of one client. /y answers net's "continue?" question, which comes when the client
 * has files open. Never without a computer name: "net session /delete" alone ends every session.
 */
export function netEndSessionCommand(computer: string): WindowsCommand {
  const bare = bareComputerName(computer);
  if (bare === '') throw new Error('net session /delete needs a computer name');
  return { program: 'net', args: ['session', `\\\\${bare}`, '/delete', '/y'] };
}

export function netOpenFilesCommand(): WindowsCommand {
  return { program: 'net', args: ['file'] };
}

/** Closes one open file by the ID "net file" lists. */
export function netCloseFileCommand(fileId: number): WindowsCommand {
  if (!Number.isSafeInteger(fileId) || fileId < 0) throw new Error(`${fileId} is not a file ID`);
  return { program: 'net', args: ['file', String(fileId), '/close'] };
}

/**
 * The shares another computer offers ("Net view", Microsoft Learn): read-only, and the way to see from
 * the PC that shows error 71 whether the other one is full (it answers System error 71 then).
 */
export function netViewCommand(computer: string): WindowsCommand {
  const bare = bareComputerName(computer);
  if (bare === '') throw new Error('net view needs a computer name here');
  return { program: 'net', args: ['view', `\\\\${bare}`], timeoutMs: NET_VIEW_TIMEOUT_MS };
}

/** The idle minutes after which the Server service closes a session: -1 (never) to 65535. */
export const AUTODISCONNECT_MINUTES = { min: -1, max: 65535 } as const;

/** The registry data "net config server /autodisconnect:N" leaves behind: -1 is stored as 0xFFFFFFFF. */
export function autodisconnectRegistryData(minutes: number): number {
  return minutes < 0 ? minutes >>> 0 : minutes;
}

export function netSetAutodisconnectCommand(minutes: number): WindowsCommand {
  if (!Number.isInteger(minutes) || minutes < AUTODISCONNECT_MINUTES.min || minutes > AUTODISCONNECT_MINUTES.max)
    throw new Error(`${minutes} is not an idle time net config server takes`);
  return { program: 'net', args: ['config', 'server', `/autodisconnect:${minutes}`] };
}
