import { appendMapped } from './append-all';
import { OwnerLines } from './netstat-owner';
import { readOutputWithoutTable } from './table-body';
import { isBlank, splitLines, unrecognized, type NumberedLine, type UnrecognizedLine } from './text-lines';

/**
 * TCP states as netstat.exe prints them in English. Every other spelling (German, mis-decoded German,
 * and the translations other projects' fixtures claim) is mapped onto one of these.
 */
export const TCP_STATES = [
  'CLOSED',
  'LISTENING',
  'SYN_SENT',
  'SYN_RECEIVED',
  'ESTABLISHED',
  'FIN_WAIT_1',
  'FIN_WAIT_2',
  'CLOSE_WAIT',
  'CLOSING',
  'LAST_ACK',
  'TIME_WAIT',
  'DELETE_TCB',
  'BOUND',
] as const;

export type TcpState = (typeof TCP_STATES)[number];

/** One row of `netstat -ano` (or -a, -n, -an, -b, -t, -o in any combination). */
export interface NetstatConnection {
  /** "TCP" or "UDP" as printed (never translated; "TCPv6"/"UDPv6" are accepted too). */
  readonly proto: string;
  /** The local endpoint as printed, e.g. "0.0.0.0:445" or "[fe80::10b0:462e:c279:f46a%9]:546". */
  readonly local: string;
  /** The foreign endpoint as printed, e.g. "192.168.1.20:50123", "*:*" or "a172-226-117-113:https". */
  readonly foreign: string;
  /** Everything before the last colon; IPv6 addresses keep their brackets, as net session prints them. */
  readonly localAddress: string;
  /** null when the port is "*" or a service name (netstat without -n resolves some ports to names). */
  readonly localPort: number | null;
  readonly foreignAddress: string;
  readonly foreignPort: number | null;
  /**
   * A TcpState when the printed word is known in any language we have evidence for; "" for UDP; any
   * other word is kept exactly as printed so nothing is silently mislabelled.
   */
  readonly state: TcpState | '' | (string & {});
  /** The state as printed ("ABHÖREN", "ABH™REN", "ESTABLISHED", "" for UDP). */
  readonly stateText: string;
  /** Owning process (-o); null when netstat ran without -o. */
  readonly pid: number | null;
  /** -t: "InHost", "Offloaded", … as printed. Absent when netstat ran without -t. */
  readonly offloadState?: string;
  /**
   * -b: the lines netstat prints under the row, trimmed, top to bottom: service tags ("WpnService"), the
   * image ("[svchost.exe]") or the localized "Can not obtain ownership information". Absent without -b.
   */
  readonly owner?: readonly string[];
  readonly lineNumber: number;
}

export interface NetstatResult {
  readonly connections: NetstatConnection[];
  /**
   * Lines before the first row (the localized title "Active Connections" and column header, or an
   * error such as the -b elevation notice) and lines after the last row. Output without a single row
   * follows the usual rule: one line is a message, more are reported as unrecognized.
   */
  readonly messages: string[];
  /** Lines between rows that are neither a row nor an -b owner line. */
  readonly unrecognizedLines: UnrecognizedLine[];
}

/** Local ports of the Server service: direct-hosted SMB and SMB over NetBIOS session service. */
export const SMB_SERVER_PORTS: readonly number[] = [445, 139];

/** A remote computer holding SMB connections to this PC, from netstat's point of view. */
export interface SmbClientConnections {
  /** As netstat prints it: an IPv4 address, a bracketed IPv6 address, or a resolved name (without -n). */
  readonly remoteAddress: string;
  /** ESTABLISHED TCP connections from this address to local port 445 or 139. */
  readonly connectionCount: number;
  /** Rows behind the count, for evidence. */
  readonly lineNumbers: number[];
}

/**
 * Which clients hold SMB connections: per remote address, the ESTABLISHED connections to local port 445
 * or 139. Ordered by count (largest first), then by first appearance.
 */
export function smbClientsFromNetstat(connections: readonly NetstatConnection[]): SmbClientConnections[] {
  const byAddress = new Map<string, number[]>();
  for (const connection of connections) {
    if (!/^TCP/i.test(connection.proto) || connection.state !== 'ESTABLISHED') continue;
    if (connection.localPort === null || !SMB_SERVER_PORTS.includes(connection.localPort)) continue;
    const lines = byAddress.get(connection.foreignAddress) ?? [];
    lines.push(connection.lineNumber);
    byAddress.set(connection.foreignAddress, lines);
  }
  return [...byAddress.entries()]
    .map(([remoteAddress, lineNumbers]) => ({ remoteAddress, connectionCount: lineNumbers.length, lineNumbers }))
    .sort((a, b) => b.connectionCount - a.connectionCount);
}

// Row layouts (the format strings are in netstat's message table; the columns are NOT reliable, because
// a long IPv6 address with a zone id, a long resolved name or a long translated state pushes everything
// after it to the right, so rows are split on whitespace):
//   "  %-5s  %-21s  %-21s  %-12s    %u\t%-12s"   proto, local, foreign, state, PID (-o), offload (-t)
//   "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4"
//   "  TCP    127.0.0.1:54995        127.0.0.1:1110         SCHLIESSEN_WARTEN    12600"
//   "  UDP    [fe80::10b0:462e:c279:f46a%9]:546  *:*                                    1216"
//   "  TCP    0.0.0.0:80             0.0.0.0:0              LISTENING       InHost      "
// UDP rows have no state. With -b, each row is followed by indented owner lines:
//   "  WpnService"      (component, two spaces)
//   " [svchost.exe]"    (image, one space)
const PROTO = /^(?:TCP|UDP)(?:v6)?$/i;
const PID = /^\d{1,10}$/;
const OFFLOAD_STATES = new Set(['INHOST', 'OFFLOADING', 'OFFLOADED', 'UPLOADING']);
const ENDPOINT_ADDRESS = /^[\p{L}\p{N}._\-[\]:%*~]+$/u;
const ENDPOINT_PORT = /^[\p{L}\p{N}_\-*]+$/u;

export function parseNetstat(text: string): NetstatResult {
  const lines = splitLines(text);
  const connections: NetstatConnection[] = [];
  const messages: string[] = [];
  const unrecognizedLines: UnrecognizedLine[] = [];
  let pending: NumberedLine[] = [];
  // The latest row while -b owner lines may still follow it, and those lines from the first one on
  // (most outputs have none: netstat -ano prints no owners).
  let rowAwaitingOwner: NetstatConnection | null = null;
  let ownerLines: OwnerLines | null = null;

  const closeRow = (): void => {
    if (rowAwaitingOwner !== null && ownerLines !== null) {
      const owner = ownerLines.owner();
      if (owner !== null) connections[connections.length - 1] = { ...rowAwaitingOwner, owner };
      // Indented lines under a row that are no owner block sit inside the table, even under its last
      // row: they are reported, never taken for messages. (Nothing is pending while owner lines are
      // collected, so they stay in line order.)
      else appendMapped(unrecognizedLines, ownerLines.taken(), unrecognized);
    }
    rowAwaitingOwner = null;
    ownerLines = null;
  };

  for (const line of lines) {
    if (isBlank(line)) continue;
    const row = parseConnectionRow(line);
    if (row) {
      closeRow();
      // Lines before the first row are the title and the column header; between rows they are noise.
      if (connections.length === 0) appendMapped(messages, pending, trimmedText);
      else appendMapped(unrecognizedLines, pending, unrecognized);
      pending = [];
      connections.push(row);
      rowAwaitingOwner = row;
      continue;
    }
    // -b owner lines are indented and directly follow their row (or another owner line); a line that
    // starts like a row but did not parse is a row cut short, not an owner.
    if (rowAwaitingOwner && (ownerLines === null || ownerLines.open) && /^\s/.test(line.text) && !startsLikeRow(line)) {
      ownerLines ??= new OwnerLines();
      ownerLines.add(line);
      continue;
    }
    closeRow();
    pending.push(line);
  }
  closeRow();

  if (connections.length === 0) return { connections, ...readOutputWithoutTable(lines) };
  appendMapped(messages, pending, trimmedText);
  return { connections, messages, unrecognizedLines };
}

const trimmedText = (line: NumberedLine): string => line.text.trim();

function parseConnectionRow(line: NumberedLine): NetstatConnection | null {
  const tokens = line.text.trim().split(/\s+/);
  const [proto, localText, foreignText] = tokens;
  if (proto === undefined || localText === undefined || foreignText === undefined) return null;
  if (!PROTO.test(proto)) return null;
  const local = splitEndpoint(localText);
  const foreign = splitEndpoint(foreignText);
  if (!local || !foreign) return null;

  const rest = tokens.slice(3);
  let pid: number | null = null;
  let offloadState: string | undefined;
  const last = rest[rest.length - 1];
  const beforeLast = rest[rest.length - 2];
  if (last !== undefined && PID.test(last)) {
    pid = Number(last);
    rest.pop();
  } else if (last !== undefined && beforeLast !== undefined && PID.test(beforeLast) && (OFFLOAD_STATES.has(last.toUpperCase()) || /\d\t/.test(line.text))) {
    // -o with -t: "PID<TAB>offload state".
    offloadState = last;
    pid = Number(beforeLast);
    rest.splice(-2, 2);
  } else if (last !== undefined && rest.length >= 2 && OFFLOAD_STATES.has(last.toUpperCase())) {
    offloadState = last;
    rest.pop();
  }

  const stateText = rest.join(' ');
  const isUdp = /^UDP/i.test(proto);
  // A TCP row always has a state; without one the line was cut short.
  if (!isUdp && stateText === '') return null;

  const localAddress = local.address;
  const localPort = local.port;
  const foreignAddress = foreign.address;
  const foreignPort = foreign.port;
  const state = isUdp ? '' : normalizeTcpState(stateText);
  const lineNumber = line.lineNumber;
  // Two literals rather than a spread: the offload state is there only with -t.
  if (offloadState === undefined) {
    return { proto, local: localText, foreign: foreignText, localAddress, localPort, foreignAddress, foreignPort, state, stateText, pid, lineNumber };
  }
  return {
    proto,
    local: localText,
    foreign: foreignText,
    localAddress,
    localPort,
    foreignAddress,
    foreignPort,
    state,
    stateText,
    pid,
    offloadState,
    lineNumber,
  };
}

function startsLikeRow(line: NumberedLine): boolean {
  return PROTO.test(line.text.trim().split(/\s+/)[0] ?? '');
}

/** "host:port", where host may be a bracketed IPv6 address that itself contains colons. */
function splitEndpoint(text: string): { address: string; port: number | null } | null {
  const colon = text.lastIndexOf(':');
  if (colon <= 0 || colon === text.length - 1) return null;
  const address = text.slice(0, colon);
  const port = text.slice(colon + 1);
  if (!ENDPOINT_ADDRESS.test(address) || !ENDPOINT_PORT.test(port)) return null;
  // An opened bracket must be closed right before the port separator.
  if (address.includes('[') !== address.endsWith(']')) return null;
  return { address, port: /^\d{1,5}$/.test(port) ? Number(port) : null };
}

/**
 * State words by language. English is what every version prints in English and what the Russian,
 * French and Chinese captures we have print too. German translates them (captured: ABHÖREN, HERGESTELLT,
 * WARTEND, FIN_WARTEN_2, SCHLIESSEN_WARTEN; SYN_GESENDET and SYN_EMPFANGEN appear in monitoring code for
 * German Windows; the rest are unverified). The French, Russian and Spanish words come from other
 * projects' test fixtures only, so they are accepted but not relied on.
 */
const STATE_WORDS: ReadonlyMap<string, TcpState> = new Map<string, TcpState>([
  ...TCP_STATES.map((state) => [state, state] as const),
  // English variants: older versions and other tools.
  ['LISTEN', 'LISTENING'],
  ['SYN_RCVD', 'SYN_RECEIVED'],
  ['SYN_RECV', 'SYN_RECEIVED'],
  ['FIN_WAIT1', 'FIN_WAIT_1'],
  ['FIN_WAIT2', 'FIN_WAIT_2'],
  ['TIMED_WAIT', 'TIME_WAIT'],
  // German.
  ['GESCHLOSSEN', 'CLOSED'],
  ['ABHÖREN', 'LISTENING'],
  ['ABHOEREN', 'LISTENING'],
  ['SYN_GESENDET', 'SYN_SENT'],
  ['SYN_EMPFANGEN', 'SYN_RECEIVED'],
  ['HERGESTELLT', 'ESTABLISHED'],
  ['FIN_WARTEN_1', 'FIN_WAIT_1'],
  ['FIN_WARTEN_2', 'FIN_WAIT_2'],
  ['SCHLIESSEN_WARTEN', 'CLOSE_WAIT'],
  ['SCHLIESSEND', 'CLOSING'],
  ['SCHLIESSEN', 'CLOSING'],
  ['LETZTE_BEST', 'LAST_ACK'],
  ['ZULETZT_ACK', 'LAST_ACK'],
  ['WARTEND', 'TIME_WAIT'],
  // French (fixtures only).
  ['ÉCOUTE', 'LISTENING'],
  ['ECOUTE', 'LISTENING'],
  ['ÉTABLIE', 'ESTABLISHED'],
  ['ETABLIE', 'ESTABLISHED'],
  // Russian (fixtures only).
  ['ПРОСЛУШИВАНИЕ', 'LISTENING'],
  ['УСТАНОВЛЕНО', 'ESTABLISHED'],
  // Spanish (fixtures only).
  ['ESCUCHANDO', 'LISTENING'],
  ['ESTABLECIDO', 'ESTABLISHED'],
]);

/**
 * The German "Ö" arrives mangled when the OEM code page was decoded wrongly: CP850 0x99 read as
 * Windows-1252 is "ABH™REN", as Latin-1 a C1 control, as UTF-8 a replacement character, and UTF-8 read
 * as Windows-1252 gives two characters. Any one or two characters between ABH and REN are accepted.
 */
const MANGLED_ABHOEREN = /^ABH[^\s]{1,2}REN$/u;

export function normalizeTcpState(printed: string): string {
  const key = printed.normalize('NFC').toUpperCase();
  const known = STATE_WORDS.get(key);
  if (known) return known;
  if (MANGLED_ABHOEREN.test(key)) return 'LISTENING';
  return printed;
}
