import { expect } from 'vitest';
import { parseOutput, type ParserKind } from '../parser-kinds';

// Outputs far longer than any real one, of every kind the app parses, for long-output.test.ts and
// many-rows.test.ts: the lines each kind starts with, a valid row, and where its rows end up.

const RULE = '-'.repeat(79);

/** How one kind of output looks, enough to build long ones of it. */
export interface Layout {
  /** The lines before the first row: title, column header, dash rule. */
  readonly head: readonly string[];
  /** A valid row; rows differ by index. */
  readonly row: (index: number) => string;
  /** The row that ends the rows, when it must differ from the others. */
  readonly closingRow?: string;
  /** Rows the head itself holds (the first fields of a label/value view). */
  readonly rowsInHead?: number;
  /** What separates the rows above from stray lines: a label/value view ends its first block at a blank line. */
  readonly afterFirstRow: readonly string[];
  /** Where the parser puts the rows it found. */
  readonly rowsOf: (result: Record<string, unknown>) => readonly unknown[];
  /** Indented lines after a row continue it in a label/value view (more permissions); elsewhere they are stray. */
  readonly indentedLinesContinueARow: boolean;
  /** Where a row keeps its continuation lines, when they continue it ("continuation" unless said). */
  readonly continuationKey?: string;
}

const ipOf = (index: number) => `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
const listOf = (result: Record<string, unknown>, key: string) => result[key] as unknown[];

export const LAYOUTS: Record<ParserKind, Layout> = {
  'net-session': {
    head: ['', 'Computer               User name            Client Type       Opens Idle time', '', RULE],
    row: (i) => `${`\\\\${ipOf(i)}`.padEnd(23)}${`user${i % 50}`.padEnd(39)}${String(i % 7).padStart(4)} 00:01:57`,
    afterFirstRow: [],
    rowsOf: (result) => listOf(result, 'sessions'),
    indentedLinesContinueARow: false,
  },
  'net-session-detail': {
    head: ['User name       alice', 'Computer        192.168.1.20', 'Idle time       00:00:31', '', 'Share name     Type     # Opens', '', RULE],
    row: (i) => `${`Share${i}`.padEnd(15)}Disk${String(i % 7).padStart(9)}`,
    afterFirstRow: [],
    rowsOf: (result) => listOf(result, 'shares'),
    indentedLinesContinueARow: false,
  },
  'net-file': {
    head: ['', 'ID         Path                                    User name            # Locks', '', RULE],
    row: (i) => `${String(1207959552 + i).padEnd(11)}${`D:\\Shares\\Plan ${i}.docx`.padEnd(40)}${'alice'.padEnd(21)}0`,
    afterFirstRow: [],
    rowsOf: (result) => listOf(result, 'files'),
    indentedLinesContinueARow: false,
  },
  'net-share': {
    head: ['', 'Share name   Resource                        Remark', '', RULE],
    row: (i) => `${`Share${i}`.padEnd(13)}${`D:\\Shares\\S${i}`.padEnd(32)}Remark ${i}`,
    afterFirstRow: [],
    rowsOf: (result) => listOf(result, 'shares'),
    indentedLinesContinueARow: false,
  },
  'net-share-detail': {
    head: [],
    row: (i) => `${`Label ${i}`.padEnd(18)}value ${i}`,
    afterFirstRow: [''],
    rowsOf: (result) => listOf(result, 'fields'),
    indentedLinesContinueARow: true,
  },
  nbtstat: {
    head: ['', 'Ethernet:', 'Node IpAddress: [192.168.1.10] Scope Id: []', '', '                     NetBIOS Connection Table', '', `    ${'-'.repeat(76)}`],
    row: (i) => `    OFFICE-PC            Connected    In        ${ipOf(i).padEnd(22)}${i % 999}KB          1KB `,
    afterFirstRow: [],
    rowsOf: (result) => (listOf(result, 'interfaces')[0] as { connections?: unknown[] } | undefined)?.connections ?? [],
    indentedLinesContinueARow: false,
  },
  netstat: {
    head: ['', 'Active Connections', '', '  Proto  Local Address          Foreign Address        State           PID'],
    row: (i) => `  TCP    192.168.1.10:445       ${`${ipOf(i)}:${49152 + (i % 16000)}`.padEnd(23)}ESTABLISHED     4`,
    afterFirstRow: [],
    rowsOf: (result) => listOf(result, 'connections'),
    indentedLinesContinueARow: false,
  },
  // Three English labels (two in the head, one closing) make the labels, not their order, decide which
  // field a line is; an unknown label with a value between known fields is a field too.
  'net-config-server': {
    head: ['Server Name                           \\\\DESKTOP-8GB0J2A', 'Software version                      Windows 10 Pro'],
    row: (i) => `${`Extra field ${i}`.padEnd(38)}${i + 1}`,
    closingRow: `${'Idle session time (min)'.padEnd(38)}15`,
    rowsInHead: 2,
    afterFirstRow: [],
    rowsOf: (result) => listOf(result, 'fields'),
    indentedLinesContinueARow: false,
  },
  'reg-query': {
    head: ['', 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters'],
    row: (i) => `    Value${i}    REG_DWORD    0x${i.toString(16)}`,
    afterFirstRow: [],
    rowsOf: (result) => listOf(result, 'values'),
    indentedLinesContinueARow: false,
  },
  'net-view': {
    head: ['Shared resources at \\\\OFFICE-PC', '', 'Share name  Type  Used as  Comment', '', RULE],
    row: (i) => `${`Share${i}`.padEnd(12)}Disk           Comment ${i}`,
    afterFirstRow: [],
    rowsOf: (result) => listOf(result, 'shares'),
    indentedLinesContinueARow: false,
  },
  // sc's fields are indented label/value lines; an indented line without a label continues the field
  // before it, as DEPENDENCIES' second value and STATE's flags do.
  'sc-qc': {
    head: ['[SC] QueryServiceConfig SUCCESS', '', 'SERVICE_NAME: lanmanserver'],
    row: (i) => `        ${`FIELD_${i}`.padEnd(19)}: ${i}  VALUE_${i}`,
    afterFirstRow: [],
    rowsOf: (result) => listOf(result, 'fields'),
    indentedLinesContinueARow: true,
    continuationKey: 'more',
  },
  'sc-query': {
    head: ['', 'SERVICE_NAME: lanmanserver'],
    row: (i) => `        ${`FIELD_${i}`.padEnd(19)}: ${i}  VALUE_${i}`,
    afterFirstRow: [],
    rowsOf: (result) => listOf(result, 'fields'),
    indentedLinesContinueARow: true,
    continuationKey: 'more',
  },
};

export interface Report {
  readonly messages: string[];
  readonly unrecognizedLines: { lineNumber: number; text: string }[];
}

/** Parses as the app does, and checks what every result must be: a typed object JSON can hold. */
export function parse(kind: ParserKind, text: string): Record<string, unknown> & Report {
  const result = parseOutput(kind, text);
  expect(Array.isArray(result.messages)).toBe(true);
  expect(Array.isArray(result.unrecognizedLines)).toBe(true);
  expect(typeof JSON.stringify(result)).toBe('string');
  return result as Record<string, unknown> & Report;
}

export const lines = (...parts: readonly (string | readonly string[])[]): string => parts.flat().join('\r\n');
export const repeated = (line: string, count: number): string[] => new Array<string>(count).fill(line);
