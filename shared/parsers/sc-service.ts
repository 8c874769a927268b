import { isBlank, splitLines, unrecognized, type NumberedLine, type UnrecognizedLine } from './text-lines';

/**
 * What sc.exe prints for one service: `sc qc NAME` (its configuration) and `sc query NAME` (its state).
 *
 *   [SC] QueryServiceConfig SUCCESS                   sc's result line (sc qc only); on failure
 *   (blank)                                           "[SC] OpenService FAILED 1060:", a blank line
 *   SERVICE_NAME: lanmanserver                        and the Win32 message; exit code = that number
 *           TYPE               : 20  WIN32_SHARE_PROCESS
 *           START_TYPE         : 2   AUTO_START        sc qc: the start type's number, then its word
 *           ERROR_CONTROL      : 1   NORMAL
 *           BINARY_PATH_NAME   : C:\Windows\system32\svchost.exe -k netsvcs -p
 *           LOAD_ORDER_GROUP   :
 *           DEPENDENCIES       : SamSS
 *                              : Srv2                  a continuation: the same field's next value
 *           SERVICE_START_NAME : LocalSystem
 *
 *           STATE              : 4  RUNNING            sc query: the state's number, then its word
 *                                   (STOPPABLE, PAUSABLE, ACCEPTS_SHUTDOWN)     a continuation too
 *
 * Layout as in Microsoft's "sc qc" / "sc query" pages and published transcripts (8-space indent,
 * labels padded to 19 cells, "(DELAYED)" after AUTO_START for a delayed start). The words after the
 * numbers, the result word (SUCCESS) and the message are localized, and the labels may be too; so
 * only numbers are read, and a field is found by its label when that is the English one, otherwise by
 * its place: START_TYPE and STATE are both the second field after SERVICE_NAME.
 */
export interface ScField {
  /** As printed ("START_TYPE"), trimmed. */
  readonly label: string;
  /** What follows the colon, trimmed; "" for an empty field. */
  readonly value: string;
  /** Values on the field's continuation lines (DEPENDENCIES, STATE's flags). */
  readonly more: readonly string[];
  readonly lineNumber: number;
}

export interface ScService {
  /** What follows SERVICE_NAME:, null when there is none (an error). */
  readonly serviceName: string | null;
  readonly fields: readonly ScField[];
  /** The number of "[SC] … FAILED N:", null when sc reported success or printed no result line. */
  readonly failedWith: number | null;
  /** Lines of sc's messages (the Win32 text after a failure), in the display language. */
  readonly messages: readonly string[];
  readonly unrecognizedLines: readonly UnrecognizedLine[];
}

export interface ScServiceConfig extends ScService {
  /** START_TYPE's number (2 auto, 3 demand, 4 disabled …), null when not found. */
  readonly startType: number | null;
  readonly startTypeLineNumber: number | null;
}

export interface ScServiceStatus extends ScService {
  /** STATE's number (1 stopped, 4 running …), null when not found. */
  readonly state: number | null;
  readonly stateLineNumber: number | null;
}

export function parseScQueryConfig(text: string): ScServiceConfig {
  const service = parseScService(text);
  const field = numberedField(service.fields, 'START_TYPE');
  return { ...service, startType: field?.number ?? null, startTypeLineNumber: field?.lineNumber ?? null };
}

export function parseScQueryState(text: string): ScServiceStatus {
  const service = parseScService(text);
  const field = numberedField(service.fields, 'STATE');
  return { ...service, state: field?.number ?? null, stateLineNumber: field?.lineNumber ?? null };
}

//   [SC] QueryServiceConfig SUCCESS        [SC] OpenService FAILED 1060:
// "[SC]" and the function name are never translated; the word between may be.
const RESULT_LINE = /^\[SC\]\s+\S+\s+\S+(?:\s+(\d{1,5}):)?\s*$/;
//   SERVICE_NAME: lanmanserver             (not indented)
const NAME_LINE = /^(\S[^:]*):\s*(.*)$/;
//           START_TYPE         : 2   AUTO_START
const FIELD_LINE = /^\s+(\S[^:]*?)\s*:\s*(.*)$/;
//                              : Srv2
const COLON_CONTINUATION = /^\s+:\s*(.*)$/;
// The start type or state: its number first, then words.
const LEADING_NUMBER = /^(\d{1,10})(?:\s|$)/;

export function parseScService(text: string): ScService {
  let serviceName: string | null = null;
  let failedWith: number | null = null;
  const fields: { label: string; value: string; more: string[]; lineNumber: number }[] = [];
  const messages: string[] = [];
  const unrecognizedLines: UnrecognizedLine[] = [];
  let sawResult = false;

  for (const line of splitLines(text)) {
    if (isBlank(line)) continue;
    const result = RESULT_LINE.exec(line.text.trim());
    if (result && !sawResult && serviceName === null) {
      sawResult = true;
      if (result[1] !== undefined) failedWith = Number(result[1]);
      continue;
    }
    if (serviceName === null && failedWith === null) {
      const name = NAME_LINE.exec(line.text.trimEnd());
      if (name) {
        serviceName = name[2]!.trim();
        continue;
      }
    }
    if (serviceName !== null && readFieldLine(line, fields)) continue;
    // After a failure, sc prints the Win32 message; before a service name, nothing else is expected.
    if (failedWith !== null) messages.push(line.text.trim());
    else unrecognizedLines.push(unrecognized(line));
  }
  return { serviceName, fields, failedWith, messages, unrecognizedLines };
}

/** A field line, or a continuation of the last field; false for a line that is neither. */
function readFieldLine(line: NumberedLine, fields: { label: string; value: string; more: string[]; lineNumber: number }[]): boolean {
  const last = fields[fields.length - 1];
  const continued = COLON_CONTINUATION.exec(line.text);
  if (continued) {
    if (!last) return false;
    last.more.push(continued[1]!.trim());
    return true;
  }
  const field = FIELD_LINE.exec(line.text);
  if (field) {
    fields.push({ label: field[1]!.trim(), value: field[2]!.trim(), more: [], lineNumber: line.lineNumber });
    return true;
  }
  // An indented line without a colon: STATE's flags, "(STOPPABLE, PAUSABLE, ACCEPTS_SHUTDOWN)".
  if (last && /^\s/.test(line.text)) {
    last.more.push(line.text.trim());
    return true;
  }
  return false;
}

/**
 * The field by its English label, else the second field (German Windows prints STARTTYP and STATUS
 * among English labels such as BINARY_PATH_NAME); with the number its value starts with.
 */
function numberedField(fields: readonly ScField[], label: string): { number: number; lineNumber: number } | null {
  const field = fields.find((f) => f.label.toUpperCase() === label) ?? fields[1];
  const number = field ? LEADING_NUMBER.exec(field.value) : null;
  return field && number ? { number: Number(number[1]), lineNumber: field.lineNumber } : null;
}
