import { matchValueLine } from './reg-value-line';
import { isBlank, splitLines, type NumberedLine, type UnrecognizedLine, unrecognized } from './text-lines';

/**
 * One value line of `reg query`. The data is typed by the value's type: a number for the DWORD and
 * QWORD types, the list of strings for REG_MULTI_SZ, and the text as printed for everything else
 * (REG_SZ, REG_EXPAND_SZ, REG_BINARY as hex digits, REG_NONE, …).
 */
export interface RegValue {
  /** The key line the value sits under, as printed ("" when the output starts with a value line). */
  readonly key: string;
  /**
   * As printed: the case varies between systems ("restrictanonymous" vs "RestrictAnonymous"), and the
   * default value's name is localized ("(Default)", "(默认)", "(Standard)"; XP prints "<NO NAME>").
   * No flag marks the default value: see DEFAULT_VALUE_NOTE below.
   */
  readonly name: string;
  /** "REG_DWORD", "REG_SZ", … (never translated). */
  readonly type: string;
  readonly data: number | string[] | string;
  /** The data as printed. A REG_QWORD above 2^53 loses precision in `data`; this keeps it exact. */
  readonly rawData: string;
  readonly lineNumber: number;
}

export interface RegQueryResult {
  readonly values: RegValue[];
  /** Every key line, in order: the queried key and the subkeys that reg lists without values. */
  readonly keys: string[];
  /**
   * Lines outside the data: the "! REG.EXE VERSION 3.0" banner of Windows XP, the localized
   * not-found error ("ERROR: The system was unable to find the specified registry key or value."),
   * "End of search: N match(es) found." after /f.
   */
  readonly messages: string[];
  readonly unrecognizedLines: UnrecognizedLine[];
}

// DEFAULT_VALUE_NOTE: a default value is not flagged. Vista and later print its name localized in
// parentheses, but a value may really be named "(Default)", and reg.exe lists values in the order the
// registry enumerates them, so "where the default value sits" cannot be told from the text alone.

// Windows XP's reg.exe (version 3.0) prints a banner before the first key:
//   (blank)
//   ! REG.EXE VERSION 3.0
//   (blank)
//   HKEY_LOCAL_MACHINE\Software\Lotus\Notes
//       Path<TAB>REG_SZ<TAB>C:\Programme\IBM\Lotus\Notes\
const BANNER = /^\s*!\s*REG\.EXE\s+VERSION\s+\d+(?:\.\d+)?\s*$/i;

// A key line starts in column 0 with a root key, in full or abbreviated, optionally after a remote
// computer name:
//   HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Lsa
//   \\SERVER\HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Lsa
const KEY_LINE = /^(?:\\\\[^\\\s]+\\)?(?:HKEY_[A-Z_]+|HKLM|HKCU|HKCR|HKU|HKCC)(?:\\.*)?$/i;

// Value lines (indentation, name, separator, type, separator, data) are read by matchValueLine.

const NUMBER_TYPES = new Set(['REG_DWORD', 'REG_DWORD_LITTLE_ENDIAN', 'REG_DWORD_BIG_ENDIAN', 'REG_QWORD', 'REG_QWORD_LITTLE_ENDIAN']);

// reg.exe prints numbers in hex ("0x0", "0xffffffff": a DWORD of -1 is shown unsigned, and the domain
// layer decides what it means). Older tools printed decimal; both are accepted. A QWORD has at most
// 16 hex digits; anything longer is not a number reg.exe printed.
const HEX_NUMBER = /^0x([0-9a-f]{1,16})$/i;
const DECIMAL_NUMBER = /^\d{1,20}$/;

// REG_MULTI_SZ entries are joined with the two characters backslash and zero:
//   NullSessionPipes    REG_MULTI_SZ    COMNAP\0COMNODE\0SQL\QUERY
const MULTI_SZ_SEPARATOR = '\\0';

type LineKind =
  | { readonly kind: 'banner' }
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'value'; readonly parts: ValueParts }
  | { readonly kind: 'other' };

interface ValueParts {
  readonly name: string;
  readonly type: string;
  readonly rawData: string;
}

export function parseRegQuery(text: string): RegQueryResult {
  const lines = splitLines(text).filter((line) => !isBlank(line));
  // XP separates with TABs; a sample with a banner but no TABs had its TABs expanded into spaces.
  const hasBanner = lines.some((line) => BANNER.test(line.text));
  const classified = lines.map((line) => ({ line, kind: classify(line, hasBanner) }));
  const dataIndexes = classified.flatMap((entry, index) => (isData(entry.kind) ? [index] : []));
  const firstData = dataIndexes[0] ?? classified.length;
  const lastData = dataIndexes[dataIndexes.length - 1] ?? -1;
  const leadingOthers = classified.slice(0, firstData).filter((entry) => entry.kind.kind === 'other');

  const values: RegValue[] = [];
  const keys: string[] = [];
  const messages: string[] = [];
  const unrecognizedLines: UnrecognizedLine[] = [];
  let currentKey = '';
  classified.forEach(({ line, kind }, index) => {
    switch (kind.kind) {
      case 'banner':
        messages.push(line.text.trim());
        return;
      case 'key':
        currentKey = kind.key;
        keys.push(kind.key);
        return;
      case 'value': {
        const value = toRegValue(currentKey, kind.parts, line.lineNumber);
        if (value) values.push(value);
        else unrecognizedLines.push(unrecognized(line));
        return;
      }
      case 'other':
        if (isMessagePosition(line, index, firstData, lastData, leadingOthers.length)) messages.push(line.text.trim());
        else unrecognizedLines.push(unrecognized(line));
        return;
    }
  });
  return { values, keys, messages, unrecognizedLines };
}

/**
 * The value named `name` (case-insensitive: value names differ in case between systems), optionally
 * only under `key` (case-insensitive; "HKLM\…" matches "HKEY_LOCAL_MACHINE\…"). Null when absent.
 */
export function findRegValue(values: readonly RegValue[], name: string, key?: string): RegValue | null {
  const wantedName = name.toLowerCase();
  const wantedKey = key === undefined ? null : normalizeKey(key);
  return values.find((value) => value.name.toLowerCase() === wantedName && (wantedKey === null || normalizeKey(value.key) === wantedKey)) ?? null;
}

function classify(line: NumberedLine, hasBanner: boolean): LineKind {
  if (BANNER.test(line.text)) return { kind: 'banner' };
  const trimmedEnd = line.text.trimEnd();
  if (KEY_LINE.test(trimmedEnd)) return { kind: 'key', key: trimmedEnd };
  const parts = splitValueLine(line.text, hasBanner);
  if (parts) return { kind: 'value', parts };
  return { kind: 'other' };
}

function splitValueLine(text: string, hasBanner: boolean): ValueParts | null {
  const match = matchValueLine(text);
  if (match === null) return null;
  return { name: match.name, type: match.type, rawData: dataAfterType(match.separator, match.rest, text.includes('\t'), hasBanner) };
}

/**
 * The data starts after exactly one separator: a TAB on XP, four spaces later on. More spaces than
 * four belong to the data (a REG_SZ may start with spaces), except in a published XP sample whose TABs
 * became spaces, where the whole run separates.
 */
function dataAfterType(separator: string, rest: string, lineHasTab: boolean, hasBanner: boolean): string {
  if (separator === '') return '';
  if (lineHasTab) return separator.slice(separator.indexOf('\t') + 1) + rest;
  if (hasBanner) return rest;
  return separator.length >= 4 ? separator.slice(4) + rest : rest;
}

function toRegValue(key: string, parts: ValueParts, lineNumber: number): RegValue | null {
  const { name, type, rawData } = parts;
  if (NUMBER_TYPES.has(type)) {
    const number = parseRegNumber(rawData);
    // A numeric type whose data is not a number is not a line we understand.
    return number === null ? null : { key, name, type, rawData, lineNumber, data: number };
  }
  if (type === 'REG_MULTI_SZ') return { key, name, type, rawData, lineNumber, data: splitMultiString(rawData) };
  return { key, name, type, rawData, lineNumber, data: rawData };
}

function parseRegNumber(rawData: string): number | null {
  const trimmed = rawData.trim();
  const hex = HEX_NUMBER.exec(trimmed);
  // Up to 13 hex digits (52 bits) parseInt is exact; beyond, BigInt keeps every digit of a QWORD and
  // Number() then rounds it (the exact text stays in rawData).
  if (hex) return hex[1]!.length <= 13 ? Number.parseInt(hex[1]!, 16) : Number(BigInt(`0x${hex[1]!}`));
  if (DECIMAL_NUMBER.test(trimmed)) return Number(trimmed);
  return null;
}

/**
 * Entries in order. An empty list prints no data. XP's reg.exe is reported to print the list's
 * terminator too ("a\0b\0\0"), so empty entries at the end are dropped. The Lsa key's
 * "Security Packages" holds the two characters `""` on Windows 10 and 11: that is one entry, kept as is.
 */
function splitMultiString(rawData: string): string[] {
  if (rawData === '') return [];
  const entries = rawData.split(MULTI_SZ_SEPARATOR);
  while (entries.length > 0 && entries[entries.length - 1] === '') entries.pop();
  return entries;
}

function isData(kind: LineKind): boolean {
  return kind.kind === 'key' || kind.kind === 'value';
}

/**
 * A line that is neither key nor value is a message when it sits outside the data: after the last
 * key or value (a completion or search summary), or before the first one when there are at most two
 * such lines (an error such as "ERROR: Invalid syntax." / "Type "REG QUERY /?" for usage."). An
 * indented line sits where a value should be, and a line between keys and values is not a trailer:
 * both are reported as unrecognized.
 */
function isMessagePosition(line: NumberedLine, index: number, firstData: number, lastData: number, leadingOtherCount: number): boolean {
  if (/^\s/.test(line.text)) return false;
  if (index > lastData && lastData >= 0) return true;
  return index < firstData && leadingOtherCount <= 2;
}

const ROOT_ABBREVIATIONS: Record<string, string> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
};

function normalizeKey(key: string): string {
  const trimmed = key.trim().replace(/\\+$/, '');
  const [root = '', ...rest] = trimmed.split('\\');
  const fullRoot = ROOT_ABBREVIATIONS[root.toUpperCase()] ?? root;
  return [fullRoot, ...rest].join('\\').toLowerCase();
}
