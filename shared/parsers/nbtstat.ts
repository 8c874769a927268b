import { appendAll, appendMapped } from './append-all';
import { netbiosNameAtEnd } from './netbios-name-at-end';
import { netbiosNameAtStart } from './netbios-name-at-start';
import { readOutputWithoutTable } from './table-body';
import { displayWidth, findDashRule, isBlank, isWhitespaceCode, splitLines, unrecognized, type NumberedLine, type UnrecognizedLine } from './text-lines';

/**
 * `nbtstat -s` / `nbtstat -S`: the NetBIOS sessions per network adapter. No real capture of this output
 * was found; the layout below comes from nbtstat's message table and row format strings, so the parser
 * keys on shapes (bracketed node address, dash rule, byte counts with units at the end of a row) rather
 * than on columns or words, and reports anything it is unsure about as unrecognized raw text.
 */
export interface NbtstatSession {
  /** The local NetBIOS name, without its padding. */
  readonly localName: string;
  /**
   * The name's 16th byte in hex ("00", "03") when nbtstat printed it as <XX>. nbtstat prints <XX> only for
   * bytes below 0x20; the server name (suffix 0x20, the one inbound SMB sessions use) is printed as a
   * plain 16-character name, so the suffix is absent there.
   */
  readonly localSuffix?: string;
  /** As printed: "Connected", "Listening", "Idle", … (localizable). */
  readonly state: string;
  /** "in" for a session another computer opened to this one, "out" for one this computer opened. */
  readonly direction: 'in' | 'out' | '';
  /** The In/Out word as printed ("In", "Out"), "" when the row has no remote end. */
  readonly directionText: string;
  /** -S: the remote IPv4 address; -s: the remote NetBIOS name. "" when the row has no remote end. */
  readonly remoteHost: string;
  /** -s: the remote name's 16th byte in hex. */
  readonly remoteSuffix?: string;
  /** Bytes received as printed ("4KB", "144B"); nbtstat divides by 1000 and truncates. "" without a remote end. */
  readonly input: string;
  /** Bytes sent as printed. */
  readonly output: string;
  /** Lower bound of the bytes received (the printed number times its unit), null when not printed. */
  readonly inputBytes: number | null;
  readonly outputBytes: number | null;
  readonly lineNumber: number;
}

export interface NbtstatInterface {
  /** The adapter's friendly name as printed before "Node IpAddress" ("Ethernet", "Wi-Fi"), without the colon. */
  readonly name: string;
  /** "0.0.0.0" for an adapter without an address. */
  readonly nodeIpAddress: string;
  /** NetBIOS scope; "" when none (the usual case). */
  readonly scopeId: string;
  readonly connections: NbtstatSession[];
  /** True when the adapter printed its one-line "No Connections" notice (in any language) instead of a table. */
  readonly noConnections: boolean;
  /** Line of the "Node IpAddress: [...] Scope Id: [...]" line. */
  readonly lineNumber: number;
}

export interface NbtstatSessionList {
  readonly interfaces: NbtstatInterface[];
  /** The only line before the first adapter (normally there is none), or the only line of output without one. */
  readonly messages: string[];
  readonly unrecognizedLines: UnrecognizedLine[];
}

// Adapter heading (the labels are localizable, the brackets are not):
//   "Ethernet:"
//   "Node IpAddress: [192.168.1.10] Scope Id: []"
const NODE_LINE = /\[(\d{1,3}(?:\.\d{1,3}){3})\][^[\]]*\[([^\]]*)\]\s*$/;
const ADAPTER_NAME = /^(.*\S)\s*[:：]$/;

// Session rows under the 76-dash rule. Each part is printed by its own call, and every call adds a
// 4-space indent, so the parts drift apart; they are read from the right:
//   "    OFFICE-PC            Connected    In        192.168.1.21                4KB          1KB "
//   "    OFFICE-PC      <00>  Connected    Out       NAS            <20>         2GB         41KB "
//   "    OFFICE-PC      <03>  Listening                                 "
//   |local name (15)<XX> or 16 chars|state (13)|In/Out|   remote host (19)|%6d + B/KB/MB/GB, twice
const BYTES_AT_END = /\s(\d{1,10}) ?([KMGT]?B)\s+(\d{1,10}) ?([KMGT]?B)\s*$/i;
const IPV4_AT_END = /\s(\d{1,3}(?:\.\d{1,3}){3})\s*$/;
// A NetBIOS name may hold single spaces; a run of two or more spaces separates fields. The local name
// at the start of a row is read by netbiosNameAtStart, the remote one at its end by netbiosNameAtEnd.
const UNIT_BYTES: Record<string, number> = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 };

export function parseNbtstatSessions(text: string): NbtstatSessionList {
  const lines = splitLines(text);
  const nodeIndexes: number[] = [];
  for (let index = 0; index < lines.length; index++) if (NODE_LINE.test(lines[index]!.text)) nodeIndexes.push(index);
  if (nodeIndexes.length === 0) return { interfaces: [], ...readOutputWithoutTable(lines) };

  // Each adapter section starts at its name line (the non-blank line before the node line, when it ends
  // with a colon) and ends where the next one starts.
  const starts = nodeIndexes.map((nodeIndex) => {
    const previous = previousNonBlank(lines, nodeIndex);
    return previous >= 0 && ADAPTER_NAME.test(lines[previous]!.text) && !NODE_LINE.test(lines[previous]!.text) ? previous : nodeIndex;
  });

  // Before the first adapter there is normally nothing; one line is a message, more are reported.
  const beforeFirst = readOutputWithoutTable(lines.slice(0, starts[0]));
  const messages = beforeFirst.messages;
  const unrecognizedLines: UnrecognizedLine[] = [...beforeFirst.unrecognizedLines];
  const interfaces = nodeIndexes.map((nodeIndex, i) => {
    const end = starts[i + 1] ?? lines.length;
    const section = readSection(lines, starts[i]!, nodeIndex, end);
    appendAll(unrecognizedLines, section.unrecognizedLines);
    return section.adapter;
  });
  unrecognizedLines.sort((a, b) => a.lineNumber - b.lineNumber);
  return { interfaces, messages, unrecognizedLines };
}

function previousNonBlank(lines: readonly NumberedLine[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (!isBlank(lines[i]!)) return i;
  return -1;
}

function readSection(
  lines: readonly NumberedLine[],
  start: number,
  nodeIndex: number,
  end: number,
): { adapter: NbtstatInterface; unrecognizedLines: UnrecognizedLine[] } {
  const nodeLine = lines[nodeIndex]!;
  const node = NODE_LINE.exec(nodeLine.text)!;
  const name = start < nodeIndex ? ADAPTER_NAME.exec(lines[start]!.text)![1]!.trim() : '';
  const body = lines.slice(nodeIndex + 1, end);
  const connections: NbtstatSession[] = [];
  const unrecognizedLines: UnrecognizedLine[] = [];
  let noConnections = false;

  const rule = findDashRule(body);
  if (rule >= 0) {
    // Above the rule: the table title and the column header (localized; never used for columns).
    for (const line of body.slice(rule + 1)) {
      if (isBlank(line)) continue;
      const session = parseSessionRow(line);
      if (session) connections.push(session);
      else unrecognizedLines.push(unrecognized(line));
    }
  } else {
    const nonBlank = body.filter((line) => !isBlank(line));
    // Without a table the adapter prints one short notice ("No Connections", translated). A line with
    // digits, brackets or a trailing colon is something else (an error naming a device) and is reported.
    const only = nonBlank[0];
    if (nonBlank.length === 1 && only && looksLikeNotice(only.text)) noConnections = true;
    else appendMapped(unrecognizedLines, nonBlank, unrecognized);
  }

  return {
    adapter: {
      name,
      nodeIpAddress: node[1]!,
      scopeId: node[2]!.trim(),
      connections,
      noConnections,
      lineNumber: nodeLine.lineNumber,
    },
    unrecognizedLines,
  };
}

function looksLikeNotice(text: string): boolean {
  const trimmed = text.trim();
  return displayWidth(trimmed) <= 60 && !/[\d[\]<>]/.test(trimmed) && !/[:：]$/.test(trimmed);
}

function parseSessionRow(line: NumberedLine): NbtstatSession | null {
  // nbtstat indents every row; an unindented line under the rule is not one of its rows.
  if (!isWhitespaceCode(line.text.charCodeAt(0))) return null;
  const row = line.text.trimEnd();
  // The patterns below run only on a row that can end the way they need: in "B" (a byte count) or in
  // a digit (an address); most stray lines end in neither.
  const last = row.charCodeAt(row.length - 1);
  const bytes = last === 66 || last === 98 ? BYTES_AT_END.exec(row) : null;
  let left = row;
  let remote: { host: string; suffix?: string } | null = null;
  // Without byte counts the row is read from its start once, for both checks below.
  let local: ReturnType<typeof splitLocalName> | undefined;
  if (bytes) {
    left = row.slice(0, bytes.index);
    const ip = IPV4_AT_END.exec(left);
    if (ip) {
      remote = { host: ip[1]! };
      left = left.slice(0, ip.index);
    } else {
      const named = netbiosNameAtEnd(left);
      if (!named) return null;
      remote = { host: named.name, suffix: named.suffix.toUpperCase() };
      left = left.slice(0, named.index);
    }
  } else {
    if (last >= 48 && last <= 57 && IPV4_AT_END.test(row)) return null;
    local = splitLocalName(row);
    // A remote end without its byte counts (looked for after the local name, so that a local
    // "NAME<XX>" is not taken for a remote one): the row was cut short.
    if (netbiosNameAtEnd(local?.rest ?? '') !== null) return null;
  }

  local ??= splitLocalName(left);
  if (!local) return null;
  const words = local.rest
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  // With a remote end the In/Out word is the last one before it; the state is what precedes it.
  const directionText = remote ? (words.pop() ?? '') : '';
  const state = words.join(' ');
  if (state === '' || /\d/.test(state) || (remote && directionText === '')) return null;
  // NetBIOS names are at most 16 bytes (15 plus the suffix byte).
  if (displayWidth(local.name) > 16 || (remote?.suffix !== undefined && displayWidth(remote.host) > 15)) return null;

  return {
    localName: local.name,
    ...(local.suffix === undefined ? {} : { localSuffix: local.suffix }),
    state,
    direction: directionOf(directionText),
    directionText,
    remoteHost: remote?.host ?? '',
    ...(remote?.suffix === undefined ? {} : { remoteSuffix: remote.suffix }),
    input: bytes ? `${bytes[1]}${bytes[2]}` : '',
    output: bytes ? `${bytes[3]}${bytes[4]}` : '',
    inputBytes: bytes ? byteCount(bytes[1]!, bytes[2]!) : null,
    outputBytes: bytes ? byteCount(bytes[3]!, bytes[4]!) : null,
    lineNumber: line.lineNumber,
  };
}

function splitLocalName(text: string): { name: string; suffix?: string; rest: string } | null {
  const local = netbiosNameAtStart(text);
  if (local === null) return null;
  return local.suffix === undefined ? { name: local.name, rest: local.rest } : { name: local.name, suffix: local.suffix.toUpperCase(), rest: local.rest };
}

function directionOf(printed: string): 'in' | 'out' | '' {
  const word = printed.toLowerCase();
  if (word === 'in') return 'in';
  if (word === 'out') return 'out';
  return '';
}

function byteCount(digits: string, unit: string): number | null {
  const factor = UNIT_BYTES[unit.toUpperCase()];
  return factor === undefined ? null : Number(digits) * factor;
}
