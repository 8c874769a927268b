import type { DisplayLanguage, ServerSettings } from '../scenario';
import { consoleLines, padCells } from './console-text';
import { netText } from './messages';

export interface NetConfigServerOptions {
  /**
   * The lines under "Server is active on". By default the two a Windows 10 PC shows: NetbiosSmb and one
   * NetBT_Tcpip transport with a GUID made from the computer name (so it is the same on every run).
   */
  readonly transports?: readonly string[];
}

/**
 * `net config server`, in the layout of the capture net-config-server__win10__en__01.txt:
 *
 *   Server Name                           \\DESKTOP-8GB0J2A
 *   Server Comment                                            (no comment: the label alone)
 *   (blank)
 *   Software version                      Windows 10 Pro
 *   Server is active on
 *           NetbiosSmb (DESKTOP-8GB0J2A)
 *           NetBT_Tcpip_{EF22887A-91EF-4633-A2DE-7D088A3DEB47} (DESKTOP-8GB0J2A)
 *   (blank)
 *   (blank)
 *   Server hidden                         No
 *   Maximum Logged On Users               20
 *   Maximum open files per session        16384
 *   (blank)
 *   Idle session time (min)               15
 *   The command completed successfully.
 *   (blank)
 *
 * Values at column 38; a label of 37 cells or more keeps one space before its value. Autodisconnect -1
 * prints as "-1". net.exe's closing empty line is in the documented-layout fixtures of this command.
 */
export function renderNetConfigServer(computerName: string, settings: ServerSettings, language: DisplayLanguage, options: NetConfigServerOptions = {}): string {
  const text = netText(language);
  const labels = text.netConfigServer;
  const transports = options.transports ?? defaultTransports(computerName);
  return consoleLines([
    field(labels.serverName, `\\\\${computerName}`),
    field(labels.serverComment, settings.comment),
    '',
    field(labels.softwareVersion, settings.softwareVersion),
    labels.activeOn,
    ...transports.map((transport) => `        ${transport}`),
    '',
    '',
    field(labels.serverHidden, settings.hidden ? text.yes : text.no),
    field(labels.maxLoggedOnUsers, String(settings.maxLoggedOnUsers)),
    field(labels.maxOpenFiles, String(settings.maxOpenFilesPerSession)),
    '',
    field(labels.idleSessionTime, String(settings.autodisconnectMinutes)),
    text.commandCompleted,
    '',
  ]);
}

function field(label: string, value: string): string {
  return value === '' ? label : `${padCells(label, 37)} ${value}`;
}

function defaultTransports(computerName: string): string[] {
  return [`NetbiosSmb (${computerName})`, `NetBT_Tcpip_{${guidFrom(computerName)}} (${computerName})`];
}

/** A GUID-shaped string that depends only on `seed` (FNV-1a, stretched): stable across runs. */
function guidFrom(seed: string): string {
  let hash = 0x811c9dc5;
  let hex = '';
  for (let round = 0; hex.length < 32; round++) {
    for (const char of `${seed}#${round}`) {
      hash ^= char.codePointAt(0)!;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hex += hash.toString(16).toUpperCase().padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
