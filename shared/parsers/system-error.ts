import { displayWidth, isBlankBetween, isDashRule, isWhitespaceCode, lineSpans, type LineSpans } from './text-lines';

/**
 * An error a Windows console tool reported, recognised by its number because its words are localized.
 *   system-error  net.exe's message 3502 (APE_OS2Error) "System error %1 has occurred.", followed by a
 *                 blank line and the Win32 message ("Access is denied.")
 *   net-helpmsg   "More help is available by typing NET HELPMSG 2114." after a NET (NERR_*) message;
 *                 the words "NET HELPMSG" are a command and are never translated
 *   error-n       "Error 71. The network request was not accepted." as NT 4.0 / 2000 clients show it
 *   sc-failed     "[SC] OpenService FAILED 5:" as sc.exe prints a failed call, then the Win32 message
 */
export type SystemErrorSource = 'system-error' | 'net-helpmsg' | 'error-n' | 'sc-failed';

export interface RecognizedSystemError {
  readonly code: number;
  readonly source: SystemErrorSource;
  /** The line the number was read from, trimmed. */
  readonly line: string;
  readonly lineNumber: number;
}

// "System error N has occurred." as net.exe prints it in the display language. Each phrase is matched
// anywhere on a line that holds exactly one number, so word order does not matter:
//   en  System error 5 has occurred.          de  Systemfehler 5 aufgetreten.
//   fr  L'erreur système 5 s'est produite.    es  Error de sistema 5.
//   it  Errore di sistema 5.                  pt  Ocorreu o erro de sistema 5.
//   nl  Systeemfout 5 is opgetreden.          pl  Wystąpił błąd systemu 5.
//   ru  Системная ошибка 5.                   tr  Sistem hatası 5 oluştu.
//   zh-CN 发生系统错误 5。   zh-TW 發生系統錯誤 5。   ja システム エラー 5 が発生しました。
//   ko  시스템 오류 5이(가) 발생했습니다.        hu  5. rendszerhiba történt.
// A language missing here is still caught by the layout (see recognizeByLayout).
const SYSTEM_ERROR_PHRASES = [
  'system error',
  'systemfehler',
  'erreur système',
  'error de sistema',
  'errore di sistema',
  'erro de sistema',
  'erro do sistema',
  'systeemfout',
  'błąd systemu',
  'błąd systemowy',
  'sistem hatası',
  'системная ошибка',
  'системна помилка',
  'системна грешка',
  'systémové chybě',
  'systémová chyba',
  'systémovej chybe',
  'systemfel',
  'systemfejl',
  'systemfeil',
  'järjestelmävirhe',
  'rendszerhiba',
  'eroare de sistem',
  'sistemska napaka',
  'sistemska greška',
  'sistēmas kļūda',
  'sisteminė klaida',
  'süsteemitõrge',
  'σφάλμα συστήματος',
  'שגיאת מערכת',
  'خطأ في النظام',
  'lỗi hệ thống',
  'ข้อผิดพลาดของระบบ',
  '系统错误',
  '系統錯誤',
  'システム エラー',
  'システムエラー',
  '시스템 오류',
];

const SYSTEM_ERROR_PATTERNS = SYSTEM_ERROR_PHRASES.map(phrasePattern);

//   More help is available by typing NET HELPMSG 2114.
//   Для вызова дополнительной справки наберите NET HELPMSG 2250.
const NET_HELPMSG = /\bNET\s+HELPMSG\s+(\d{1,5})\b/i;

//   Error 71. The network request was not accepted.
// One word, the number and a full stop at the start of a line. The word is not checked, since the NT
// clients' translations of "Error" are not known.
const ERROR_N = /^\s*\p{L}{2,20}\s+(\d{1,5})\s*[.。．](?:\s|$)/u;

//   [SC] OpenService FAILED 5:
// "[SC]" and the function's name are never translated; the word before the number may be.
const SC_FAILED = /^\[SC\]\s+\S+\s+\S+\s+(\d{1,5}):\s*$/;

// Lines that belong to normal output of the commands this app runs, never to an error line: registry
// value and key lines (`reg query`), net session rows ("\\CLIENT …").
const REG_VALUE_LINE = /(?: {2,}|\t)REG_[A-Z0-9_]+(?:\s|$)/;
const NOT_AN_ERROR_LINE = /^\s*(?:HKEY_|HKLM\\|HKCU\\|\\\\)/i;

const LONGEST_ERROR_LINE = 200;

export function recognizeSystemError(text: string): RecognizedSystemError | null {
  // The lines are read where they lie: this runs on every output, however long, and only a short line
  // with a digit is copied out. A line may keep the CR of its CRLF, which trim() and every pattern
  // below take for trailing space.
  const lines = lineSpans(text);
  const { source, starts, ends } = lines;
  for (let index = 0; index < starts.length; index++) {
    let from = starts[index]!;
    let to = ends[index]!;
    while (from < to && isWhitespaceCode(source.charCodeAt(from))) from++;
    while (to > from && isWhitespaceCode(source.charCodeAt(to - 1))) to--;
    // Every form below holds a number, so a line without a digit (most lines of a long output) is none.
    if (from === to || to - from > LONGEST_ERROR_LINE || !hasDigitBetween(source, from, to)) continue;
    const recognized = recognizeLine(source.slice(starts[index], ends[index]), source.slice(from, to), index + 1);
    if (recognized) return recognized;
  }
  return recognizeByLayout(lines);
}

/** `text` is the line, `trimmed` the line without its surrounding whitespace (at most 200 characters). */
function recognizeLine(text: string, trimmed: string, lineNumber: number): RecognizedSystemError | null {
  if ((trimmed.includes('REG_') && REG_VALUE_LINE.test(withEdges(text, trimmed))) || NOT_AN_ERROR_LINE.test(trimmed)) return null;

  const helpmsg = NET_HELPMSG.exec(trimmed);
  if (helpmsg) return found(Number(helpmsg[1]), 'net-helpmsg', trimmed, lineNumber);

  const scFailed = SC_FAILED.exec(trimmed);
  if (scFailed) return found(Number(scFailed[1]), 'sc-failed', trimmed, lineNumber);

  const number = onlyNumber(trimmed);
  if (number !== null) {
    const lower = trimmed.toLowerCase();
    if (SYSTEM_ERROR_PATTERNS.some((pattern) => pattern.test(lower))) return found(number, 'system-error', trimmed, lineNumber);
  }

  const errorN = ERROR_N.exec(trimmed);
  if (errorN) return found(Number(errorN[1]), 'error-n', trimmed, lineNumber);
  return null;
}

/** Whether text[from, to) holds an ASCII digit (what \d matches). */
function hasDigitBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

const isDigitCode = (code: number) => code >= 48 && code <= 57;

/**
 * The trimmed line with up to two characters of its indentation and one of its trailing space: all a
 * registry value's separator needs. Searching the whole line instead costs time quadratic in a long
 * run of spaces (every start in the run scans the rest of it).
 */
function withEdges(text: string, trimmed: string): string {
  const start = text.length - text.trimStart().length;
  return text.slice(Math.max(0, start - 2), start + trimmed.length + 1);
}

/**
 * The layout of net.exe's system error, for languages whose phrase is not listed: a short first line
 * whose only number is the code, a blank line, then the message — and nothing like a table around it.
 *   発生したシステム エラー 5。      (any words)
 *   (blank)
 *   アクセスが拒否されました。
 */
function recognizeByLayout(lines: LineSpans): RecognizedSystemError | null {
  const { source, starts, ends } = lines;
  const isBlankLine = (index: number) => isBlankBetween(source, starts[index]!, ends[index]!);
  // Two to five non-blank lines, none of them a dash rule; counting stops at the sixth.
  let nonBlank = 0;
  let firstIndex = -1;
  for (let index = 0; index < starts.length && nonBlank <= 5; index++) {
    if (isBlankLine(index)) continue;
    if (isDashRule(source.slice(starts[index], ends[index]))) return null;
    if (nonBlank === 0) firstIndex = index;
    nonBlank++;
  }
  if (nonBlank < 2 || nonBlank > 5) return null;
  if (firstIndex + 1 >= starts.length || !isBlankLine(firstIndex + 1)) return null;
  const first = source.slice(starts[firstIndex], ends[firstIndex]);
  // A sentence: not indented, no column gaps (label/value pairs, table rows), no path or colon.
  if (/^\s|\S {2,}\S/.test(first) || /[\\\t:]/.test(first)) return null;
  const trimmed = first.trim();
  if (displayWidth(trimmed) > 80) return null;
  const number = onlyNumber(trimmed);
  return number === null ? null : found(number, 'system-error', trimmed, firstIndex + 1);
}

/** The line's only run of digits (one to five of them), or null when it has none or several. */
function onlyNumber(text: string): number | null {
  let runStart = -1;
  let runEnd = -1;
  for (let i = 0; i < text.length; i++) {
    if (!isDigitCode(text.charCodeAt(i))) continue;
    // A second run: the line has several numbers.
    if (runStart >= 0) return null;
    runStart = i;
    while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
    runEnd = i;
  }
  if (runStart < 0 || runEnd - runStart > 5) return null;
  return Number(text.slice(runStart, runEnd));
}

function found(code: number, source: SystemErrorSource, line: string, lineNumber: number): RecognizedSystemError {
  return { code, source, line, lineNumber };
}

/**
 * A phrase as a pattern. Output copied from a console in the wrong code page turns accented letters
 * into one or two other characters ("Erreur syst\uFFFDme", "syst├¿me"), so in phrases written mostly
 * in ASCII letters each other letter matches any one or two non-ASCII characters.
 */
function phrasePattern(phrase: string): RegExp {
  const chars = [...phrase];
  const asciiShare = chars.filter((char) => char.charCodeAt(0) < 0x80).length / chars.length;
  const body = chars
    .map((char) => {
      if (char === ' ') return '\\s*';
      if (char.charCodeAt(0) < 0x80) return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return asciiShare >= 0.5 ? '[^\\x00-\\x7f]{1,2}' : char;
    })
    .join('');
  return new RegExp(body, 'u');
}
