import { describe, expect, it } from 'vitest';
import { PARSER_KINDS, parseOutput, type ParserKind } from './parser-kinds';

// Outputs far longer than any real one (a server lists a few thousand rows at most), shaped to break
// parsers that spread an array into a call (push(...lines) overflows the stack), recurse per line, or
// rescan what they already read. Every parser must return a typed result that JSON can hold, find the
// rows that are there, and report each stray line instead of dropping it. No timing is asserted: a
// parser that went quadratic again would make this file take minutes instead of seconds.

const RULE = '-'.repeat(79);
const MANY = 200_000;

/** How one kind of output looks, enough to build long ones of it. */
interface Layout {
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
}

const ipOf = (index: number) => `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
const listOf = (result: Record<string, unknown>, key: string) => result[key] as unknown[];

const LAYOUTS: Record<ParserKind, Layout> = {
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
};

interface Report {
  readonly messages: string[];
  readonly unrecognizedLines: { lineNumber: number; text: string }[];
}

/** Parses as the app does, and checks what every result must be: a typed object JSON can hold. */
function parse(kind: ParserKind, text: string): Record<string, unknown> & Report {
  const result = parseOutput(kind, text);
  expect(Array.isArray(result.messages)).toBe(true);
  expect(Array.isArray(result.unrecognizedLines)).toBe(true);
  expect(typeof JSON.stringify(result)).toBe('string');
  return result as Record<string, unknown> & Report;
}

const lines = (...parts: readonly (string | readonly string[])[]): string => parts.flat().join('\r\n');
const repeated = (line: string, count: number): string[] => new Array<string>(count).fill(line);

describe.each(PARSER_KINDS)('%s on outputs far longer than real ones', (kind) => {
  const layout = LAYOUTS[kind];
  const firstRow = layout.row(0);
  const lastRow = layout.closingRow ?? layout.row(1);
  const rowsInHead = layout.rowsInHead ?? 0;
  const countOfHead = layout.head.length + 1 + layout.afterFirstRow.length;

  it(`finds both rows around ${MANY} stray lines, and reports each stray line with its number`, () => {
    const result = parse(kind, lines(layout.head, firstRow, layout.afterFirstRow, repeated('garbage line here', MANY), lastRow));
    expect(layout.rowsOf(result)).toHaveLength(rowsInHead + 2);
    expect(result.unrecognizedLines).toHaveLength(MANY);
    expect(result.unrecognizedLines[0]).toEqual({ lineNumber: countOfHead + 1, text: 'garbage line here' });
    expect(result.unrecognizedLines[MANY - 1]!.lineNumber).toBe(countOfHead + MANY);
  });

  it(`takes ${MANY} blank and whitespace-only lines for nothing, alone or between two rows`, () => {
    const blanks = Array.from({ length: MANY }, (_, i) => ['', '   ', '\t', ' \u3000 '][i % 4]!);
    const alone = parse(kind, lines(blanks));
    expect(layout.rowsOf(alone)).toHaveLength(0);
    expect(alone.messages).toEqual([]);
    expect(alone.unrecognizedLines).toEqual([]);

    const betweenRows = parse(kind, lines(layout.head, firstRow, layout.afterFirstRow, blanks, lastRow));
    expect(layout.rowsOf(betweenRows)).toHaveLength(rowsInHead + 2);
    expect(betweenRows.unrecognizedLines).toEqual([]);
  });

  it('reports a single 5 MB line, without newlines, once', () => {
    const line = 'x'.repeat(5_000_000);
    const result = parse(kind, line);
    expect(layout.rowsOf(result)).toHaveLength(0);
    const reported = [...result.messages, ...result.unrecognizedLines.map((stray) => stray.text)];
    expect(reported).toEqual([line]);
  });

  // Long runs of spaces, words and TABs are where a regular expression that retries every position of
  // a run against the rest of the line takes quadratic time: on these 100,000-character lines about
  // 10^10 steps, which would stop this file at its timeout.
  const LONG = 100_000;
  it.each([
    ['single-spaced words', 'a '.repeat(LONG / 2)],
    ['double-spaced words', 'a  '.repeat(LONG / 3)],
    ['a long indent', `${' '.repeat(LONG)}x`],
    ['a long gap', `x${' '.repeat(LONG)}x`],
    ['words and TABs', 'a\t'.repeat(LONG / 2)],
    ['wide characters and spaces', '漢 '.repeat(LONG / 2)],
    ['a row and a long run of spaces', `${firstRow}${' '.repeat(LONG)}x`],
    ['a row and single-spaced words', `${firstRow}${' a'.repeat(LONG / 2)}`],
    // "." in a pattern stops at a line separator, so a pattern ending in ".*$" can fail late, many times.
    ['double-spaced words and a line separator', `${'a  '.repeat(LONG / 3)}\u2028x`],
    ['server names and a line separator', `${' \\\\x'.repeat(LONG / 4)}\u2028`],
    ['a name with many suffixes and a line separator', `    a${' <00>'.repeat(LONG / 5)}\tfoo\u2028bar`],
    ['a name, a long run of spaces and a line separator', `    a${' '.repeat(LONG)}b\u2028c`],
  ])('reads a long line of %s under the head as one row or one reported line', (_shape, line) => {
    const accounted = (result: Record<string, unknown> & Report) => layout.rowsOf(result).length + result.messages.length + result.unrecognizedLines.length;
    expect(accounted(parse(kind, lines(layout.head, line)))).toBe(accounted(parse(kind, lines(layout.head))) + 1);
  });

  it('reads 100,000 rows', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => (i === 99_999 ? lastRow : layout.row(i)));
    const result = parse(kind, lines(layout.head, rows));
    expect(layout.rowsOf(result)).toHaveLength(rowsInHead + 100_000);
    expect(result.unrecognizedLines).toEqual([]);
  });

  it(`places ${MANY} indented lines after a row: as its continuation in a label/value view, else reported`, () => {
    const result = parse(kind, lines(layout.head, firstRow, repeated('    indented thing', MANY), lastRow));
    if (layout.indentedLinesContinueARow) {
      expect(result.unrecognizedLines).toEqual([]);
      expect((layout.rowsOf(result)[0] as { continuation: string[] }).continuation).toHaveLength(MANY);
    } else {
      expect(result.unrecognizedLines).toHaveLength(MANY);
      expect(result.unrecognizedLines[0]).toEqual({ lineNumber: layout.head.length + 2, text: '    indented thing' });
    }
  });
});
