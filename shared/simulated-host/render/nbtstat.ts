import type { DisplayLanguage } from '../scenario';
import { consoleLines, fixedCells, padCells, padStartCells } from './console-text';
import { netText } from './messages';

/** One row of an adapter's NetBIOS connection table. */
export interface NbtstatConnection {
  /** The local NetBIOS name, without padding. */
  readonly localName: string;
  /**
   * The name's 16th byte in hex ("00", "03"): nbtstat prints "<XX>" only for bytes below 0x20. Leave it
   * out for the server name (suffix 0x20), which inbound SMB sessions use and which prints plain.
   */
  readonly localSuffix?: string;
  /** "Connected", "Listening", "Idle", … as printed. */
  readonly state: string;
  /** "" for a row without a remote end (Listening, Idle). */
  readonly direction: 'In' | 'Out' | '';
  /** An IPv4 address (nbtstat -S) or a NetBIOS name (nbtstat -s); "" without a remote end. */
  readonly remoteHost: string;
  /** The remote name's 16th byte in hex; a name is printed with "<00>" when not given (not for addresses). */
  readonly remoteSuffix?: string;
  /** Bytes received as printed: "4KB", "144B", "12MB" (see formatNbtstatBytes). */
  readonly input: string;
  readonly output: string;
}

export interface NbtstatInterface {
  /** The adapter's name ("Ethernet", "Wi-Fi"). */
  readonly name: string;
  /** "0.0.0.0" for an adapter without an address. */
  readonly nodeIpAddress: string;
  readonly scopeId: string;
  readonly connections: readonly NbtstatConnection[];
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const BYTES = /^(\d{1,10})\s*([KMGT]?B)$/i;

/**
 * `nbtstat -s` / `-S`, in the documented layout of ../../fixtures/documented-layout/nbtstat-s__documented__*
 * (no capture exists; nbtstat's message table and row format strings):
 *
 *   ␠␠␠␠                                            (a line of four spaces before every adapter)
 *   Ethernet:
 *   Node IpAddress: [192.168.1.10] Scope Id: []
 *   (blank)
 *                        NetBIOS Connection Table
 *   (blank)
 *       Local Name             State    In/Out  Remote Host           Input   Output
 *       ----------------------------------------------------------------------------
 *       OFFICE-PC            Connected    In        192.168.1.21                4KB          1KB␠
 *       OFFICE-PC      <00>  Connected    Out       NAS            <20>         2GB         41KB␠
 *       OFFICE-PC      <03>  Listening                                 (padded to the remote column's end)
 *   |4  |name 21             |state 13    |in/out 10|remote 19          |4|%6d+unit|5|%6d+unit|1
 *
 * An adapter without connections prints "    No Connections" instead of the table.
 */
export function renderNbtstatSessions(interfaces: readonly NbtstatInterface[], language: DisplayLanguage): string {
  const text = netText(language).nbtstat;
  return consoleLines(
    interfaces.flatMap((adapter) => [
      '    ',
      `${adapter.name}:`,
      text.nodeLine(adapter.nodeIpAddress, adapter.scopeId),
      '',
      ...(adapter.connections.length === 0
        ? [text.noConnections]
        : [text.tableTitle, '', text.header, `    ${'-'.repeat(76)}`, ...adapter.connections.map(connectionRow)]),
    ]),
  );
}

function connectionRow(connection: NbtstatConnection): string {
  const localName =
    connection.localSuffix === undefined
      ? fixedCells(connection.localName, 16)
      : `${fixedCells(connection.localName, 15)}<${connection.localSuffix.toUpperCase()}>`;
  // The state keeps one space before In/Out even when it fills its column ("Disconnecting").
  const start = `    ${padCells(localName, 21)}${padCells(connection.state, 12)} ${padCells(connection.direction, 10)}`;
  if (connection.remoteHost === '') return start + ' '.repeat(19);
  const remote =
    connection.remoteSuffix === undefined && IPV4.test(connection.remoteHost)
      ? padCells(connection.remoteHost, 19)
      : `${fixedCells(connection.remoteHost, 15)}<${(connection.remoteSuffix ?? '00').toUpperCase()}>`;
  return `${start}${remote}    ${byteCount(connection.input)}     ${byteCount(connection.output)} `;
}

/** "4KB" as "     4KB": the number right-aligned in 6 cells, the unit in 2. */
function byteCount(printed: string): string {
  const match = BYTES.exec(printed.trim());
  if (!match) return padStartCells(printed.trim(), 8);
  return `${match[1]!.padStart(6)}${padCells(match[2]!.toUpperCase(), 2)}`;
}

/**
 * A byte counter as nbtstat prints it: divided by 1000 and cut, with the largest unit that keeps a
 * whole number ("999B", "1KB", "12MB", "2GB").
 */
export function formatNbtstatBytes(bytes: number): string {
  const whole = Math.max(0, Math.floor(bytes));
  if (whole >= 1e9) return `${Math.floor(whole / 1e9)}GB`;
  if (whole >= 1e6) return `${Math.floor(whole / 1e6)}MB`;
  if (whole >= 1e3) return `${Math.floor(whole / 1e3)}KB`;
  return `${whole}B`;
}
