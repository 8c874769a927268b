import { appendMapped } from './append-all';
import { serverNameValueStart, splitAtFirstGap } from './net-config-server-line';
import { readOutputWithoutTable } from './table-body';
import {
  displayWidth,
  isBlank,
  isBlankBetween,
  mayHoldWideCharacters,
  sliceCells,
  splitLines,
  trimmedBetween,
  unrecognized,
  type NumberedLine,
  type UnrecognizedLine,
} from './text-lines';

/** One "label   value" line as printed; the label is in the display language. */
export interface NetConfigServerField {
  readonly label: string;
  /** "" for a label printed alone (an empty Server Comment, "Server is active on"). */
  readonly value: string;
  readonly lineNumber: number;
}

export interface NetConfigServer {
  /** Without the leading backslashes. */
  readonly serverName: string;
  /** "" when the server has no comment (the usual case). */
  readonly serverComment: string;
  /** "Windows 10 Pro", "Windows Server 2008 R2 Enterprise", "Windows 2002" (XP), … */
  readonly softwareVersion: string;
  /** The lines under "Server is active on", e.g. "NetbiosSmb (DESKTOP-8GB0J2A)". */
  readonly transports: string[];
  /** As printed, in the display language ("No", "Nein"). */
  readonly serverHidden: string;
  /** The inbound session limit: 20 on Windows 7-11 clients, 10 or 5 on XP, 16777216 on servers. */
  readonly maxLoggedOnUsers: number | null;
  readonly maxOpenFilesPerSession: number | null;
  /** Autodisconnect in minutes; -1 means idle sessions are never disconnected (0 does not disable it). */
  readonly idleSessionMinutes: number | null;
  /** Every label/value line that belongs to the output, known or not, in printed order. */
  readonly fields: NetConfigServerField[];
  /** The completion line after the last field (localized; may be missing or doubled). */
  readonly messages: string[];
  readonly unrecognizedLines: UnrecognizedLine[];
}

type FieldKey =
  'serverName' | 'serverComment' | 'softwareVersion' | 'activeOn' | 'serverHidden' | 'maxLoggedOnUsers' | 'maxOpenFilesPerSession' | 'idleSessionMinutes';

// The fields in the order net.exe prints them on every version we know of. Labels are translated, so
// fields are found by this order and by the shape of the value; English labels, when present, confirm
// (and override) the position.
const FIELD_ORDER: readonly FieldKey[] = [
  'serverName',
  'serverComment',
  'softwareVersion',
  'activeOn',
  'serverHidden',
  'maxLoggedOnUsers',
  'maxOpenFilesPerSession',
  'idleSessionMinutes',
];
const MAY_BE_EMPTY: ReadonlySet<FieldKey> = new Set(['serverComment', 'activeOn']);
const ENGLISH_LABELS: ReadonlyMap<string, FieldKey> = new Map([
  ['server name', 'serverName'],
  ['server comment', 'serverComment'],
  ['software version', 'softwareVersion'],
  ['server is active on', 'activeOn'],
  ['server hidden', 'serverHidden'],
  ['maximum logged on users', 'maxLoggedOnUsers'],
  ['maximum open files per session', 'maxOpenFilesPerSession'],
  ['idle session time (min)', 'idleSessionMinutes'],
]);

// Layout (value column 38 in every capture; taken from the server name line when it differs):
//   Server Name                           \\DESKTOP-8GB0J2A
//   Server Comment
//   Software version                      Windows 10 Pro
//   Server is active on
//           NetbiosSmb (DESKTOP-8GB0J2A)
//           NetBT_Tcpip_{EF22887A-91EF-4633-A2DE-7D088A3DEB47} (DESKTOP-8GB0J2A)
//   Server hidden                         No
//   Maximum Logged On Users               20
//   Maximum open files per session        16384
//   Idle session time (min)               15
//   The command completed successfully.
// Blank lines between fields vary. Continuation lines (transports) are indented.
const DEFAULT_VALUE_CELL = 38;
const SPACE = 32;
const INTEGER = /^-?\d{1,10}$/;

interface Entry {
  readonly line: NumberedLine;
  readonly label: string;
  readonly value: string;
  /** The field an English label names (read once per line: it is asked for three times). */
  readonly english: FieldKey | undefined;
  readonly continuation: NumberedLine[];
}

export function parseNetConfigServer(text: string): NetConfigServer {
  const lines = splitLines(text);
  const unrecognizedLines: UnrecognizedLine[] = [];
  const valueCell = findValueCell(lines);

  const entries: Entry[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    const last = entries[entries.length - 1];
    if (/^\s/.test(line.text)) {
      if (last) last.continuation.push(line);
      else unrecognizedLines.push(unrecognized(line));
      continue;
    }
    const { label, value } = splitLabelAndValue(line.text, valueCell);
    entries.push({ line, label, value, english: englishField(label), continuation: [] });
  }

  const serverIndex = entries.findIndex((entry) => entry.english === 'serverName' || entry.value.startsWith('\\\\'));
  if (serverIndex < 0) return { ...emptyResult(), ...readOutputWithoutTable(lines) };

  // English output names its fields; then a line with another label is an unknown field, not the next
  // one in order. In any other language the order decides.
  const labelsAreEnglish = entries.filter((entry) => entry.english !== undefined).length >= 3;
  const assigned = new Map<FieldKey, Entry>();
  const fieldOf = new Map<Entry, FieldKey>();
  let next = 0;
  // The index of the last entry placed as a field: what follows it is a message.
  let lastAssigned = serverIndex;
  entries.slice(serverIndex).forEach((entry, offset) => {
    const english = entry.english;
    let key: FieldKey | undefined;
    if (offset === 0) key = 'serverName';
    else if (english !== undefined) key = assigned.has(english) ? undefined : english;
    else if (!labelsAreEnglish) {
      const candidate = FIELD_ORDER[next];
      // A label printed alone can only be a field whose value may be empty; anything else that has no
      // value (the completion line arriving early) is not taken as a field.
      if (candidate !== undefined && (entry.value !== '' || MAY_BE_EMPTY.has(candidate))) key = candidate;
    }
    if (key === undefined) return;
    assigned.set(key, entry);
    fieldOf.set(entry, key);
    lastAssigned = serverIndex + offset;
    next = FIELD_ORDER.indexOf(key) + 1;
  });

  const fields: NetConfigServerField[] = [];
  const messages: string[] = [];
  entries.forEach((entry, index) => {
    const key = fieldOf.get(entry);
    const placedAsField = key !== undefined || (index > serverIndex && index < lastAssigned && entry.value !== '');
    if (placedAsField) fields.push({ label: entry.label, value: entry.value, lineNumber: entry.line.lineNumber });
    else if (index > lastAssigned) messages.push(entry.line.text.trim());
    else unrecognizedLines.push(unrecognized(entry.line));
    // Indented lines belong only under "Server is active on".
    if (key !== 'activeOn') appendMapped(unrecognizedLines, entry.continuation, unrecognized);
  });
  unrecognizedLines.sort((a, b) => a.lineNumber - b.lineNumber);

  const valueOf = (key: FieldKey): string => assigned.get(key)?.value ?? '';
  const activeOn = assigned.get('activeOn');
  return {
    serverName: valueOf('serverName').replace(/^\\+/, ''),
    serverComment: valueOf('serverComment'),
    softwareVersion: valueOf('softwareVersion'),
    transports: activeOn ? [activeOn.value, ...activeOn.continuation.map((line) => line.text.trim())].filter((t) => t !== '') : [],
    serverHidden: valueOf('serverHidden'),
    maxLoggedOnUsers: integerOf(valueOf('maxLoggedOnUsers')),
    maxOpenFilesPerSession: integerOf(valueOf('maxOpenFilesPerSession')),
    idleSessionMinutes: integerOf(valueOf('idleSessionMinutes')),
    fields,
    messages,
    unrecognizedLines,
  };
}

function emptyResult(): Omit<NetConfigServer, 'messages' | 'unrecognizedLines'> {
  return {
    serverName: '',
    serverComment: '',
    softwareVersion: '',
    transports: [],
    serverHidden: '',
    maxLoggedOnUsers: null,
    maxOpenFilesPerSession: null,
    idleSessionMinutes: null,
    fields: [],
  };
}

/** The value column, from where the "\\NAME" value starts on the server name line; 38 when not found. */
function findValueCell(lines: readonly NumberedLine[]): number {
  for (const line of lines) {
    if (/^\s/.test(line.text)) continue;
    const valueStart = serverNameValueStart(line.text);
    if (valueStart >= 0) return displayWidth(line.text.slice(0, valueStart));
  }
  return DEFAULT_VALUE_CELL;
}

/**
 * A label fills the cells before the value column (a translated label can reach the cell just before
 * it, leaving one space). When a line does not fit that column, a run of two or more spaces separates
 * label and value; a line with neither is a label printed alone.
 */
function splitLabelAndValue(text: string, valueCell: number): { label: string; value: string } {
  const line = text.trimEnd();
  if (!mayHoldWideCharacters(line)) {
    // Cells are characters; read in place.
    if (line.length > valueCell && line.charCodeAt(valueCell - 1) === SPACE && line.charCodeAt(valueCell) !== SPACE && !isBlankBetween(line, 0, valueCell)) {
      return { label: trimmedBetween(line, 0, valueCell), value: trimmedBetween(line, valueCell, line.length) };
    }
    return splitAtFirstGap(line) ?? { label: line.trim(), value: '' };
  }
  const labelPart = sliceCells(line, 0, valueCell);
  const valuePart = sliceCells(line, valueCell);
  if (labelPart.trim() !== '' && labelPart.endsWith(' ') && valuePart !== '' && !valuePart.startsWith(' ')) {
    return { label: labelPart.trim(), value: valuePart.trim() };
  }
  return splitAtFirstGap(line) ?? { label: line.trim(), value: '' };
}

function englishField(label: string): FieldKey | undefined {
  // Every English label starts with s, m or i; most lines of a long output can be turned away before
  // they are normalized (a first character beyond ASCII may lower-case to one of them, so it is not).
  const first = label.charCodeAt(0);
  if (first < 0x80 && !ENGLISH_LABEL_INITIALS.includes(String.fromCharCode(first).toLowerCase())) return undefined;
  return ENGLISH_LABELS.get(label.toLowerCase().replace(/\s+/g, ' ').trim());
}

const ENGLISH_LABEL_INITIALS = 'smi';

function integerOf(value: string): number | null {
  return INTEGER.test(value) ? Number(value) : null;
}
