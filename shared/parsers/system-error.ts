import { displayWidth, findDashRule, isBlank, splitLines, type NumberedLine } from './text-lines';

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

const DIGIT_RUNS = /\d+/g;
const LONGEST_ERROR_LINE = 200;

export function recognizeSystemError(text: string): RecognizedSystemError | null {
  const lines = splitLines(text);
  for (const line of lines) {
    const recognized = recognizeLine(line);
    if (recognized) return recognized;
  }
  return recognizeByLayout(lines);
}

function recognizeLine(line: NumberedLine): RecognizedSystemError | null {
  const trimmed = line.text.trim();
  if (trimmed === '' || trimmed.length > LONGEST_ERROR_LINE) return null;
  if (REG_VALUE_LINE.test(line.text) || NOT_AN_ERROR_LINE.test(line.text)) return null;

  const helpmsg = NET_HELPMSG.exec(trimmed);
  if (helpmsg) return found(Number(helpmsg[1]), 'net-helpmsg', trimmed, line);

  const scFailed = SC_FAILED.exec(trimmed);
  if (scFailed) return found(Number(scFailed[1]), 'sc-failed', trimmed, line);

  const number = onlyNumber(trimmed);
  if (number !== null) {
    const lower = trimmed.toLowerCase();
    if (SYSTEM_ERROR_PATTERNS.some((pattern) => pattern.test(lower))) return found(number, 'system-error', trimmed, line);
  }

  const errorN = ERROR_N.exec(trimmed);
  if (errorN) return found(Number(errorN[1]), 'error-n', trimmed, line);
  return null;
}

/**
 * The layout of net.exe's system error, for languages whose phrase is not listed: a short first line
 * whose only number is the code, a blank line, then the message — and nothing like a table around it.
 *   発生したシステム エラー 5。      (any words)
 *   (blank)
 *   アクセスが拒否されました。
 */
function recognizeByLayout(lines: readonly NumberedLine[]): RecognizedSystemError | null {
  if (findDashRule(lines) >= 0) return null;
  const nonBlank = lines.filter((line) => !isBlank(line));
  if (nonBlank.length < 2 || nonBlank.length > 5) return null;
  const first = nonBlank[0]!;
  const index = lines.indexOf(first);
  const next = lines[index + 1];
  if (next === undefined || !isBlank(next)) return null;
  // A sentence: not indented, no column gaps (label/value pairs, table rows), no path or colon.
  if (/^\s|\S {2,}\S/.test(first.text) || /[\\\t:]/.test(first.text)) return null;
  const trimmed = first.text.trim();
  if (displayWidth(trimmed) > 80) return null;
  const number = onlyNumber(trimmed);
  return number === null ? null : found(number, 'system-error', trimmed, first);
}

/** The line's only run of digits (one to five of them), or null when it has none or several. */
function onlyNumber(text: string): number | null {
  const runs = text.match(DIGIT_RUNS) ?? [];
  if (runs.length !== 1 || runs[0].length > 5) return null;
  return Number(runs[0]);
}

function found(code: number, source: SystemErrorSource, line: string, at: NumberedLine): RecognizedSystemError {
  return { code, source, line, lineNumber: at.lineNumber };
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
