/**
 * Text that came from outside (a file name, a computer name, a value from a file, an option as typed)
 * made safe to print in a terminal. A terminal obeys control characters: ESC and the C1 CSI (U+009B)
 * start sequences that recolour, move the cursor, rewrite the window title or, on some terminals,
 * write to the clipboard; BEL rings; CR, BS and DEL let later text hide earlier text; and the bidi
 * overrides (U+202A–U+202E, U+2066–U+2069) make text read differently from what it holds (CVE-2021-42574,
 * "Trojan Source"). Each of them is written as a visible \uXXXX escape instead. Escaping ESC and CSI is
 * enough to neutralize a whole escape sequence: what follows them is printable text.
 *
 * The escape is the JSON one, so JSON output stays valid JSON with the same value when it passes through.
 * Backslashes are left alone (Windows paths stay readable), so the result is for reading, not for
 * parsing back.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const EVERY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** The same, except line feed and tab: the layout of text that is meant to span lines. */
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const CONTROLS_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * 'single-line' (the default) for a value echoed inside a sentence: a line feed in it is escaped too, so
 * a value cannot forge lines of output. 'multi-line' for whole output the app composed itself.
 */
export type TerminalTextShape = 'single-line' | 'multi-line';

export function escapeForTerminal(text: string, shape: TerminalTextShape = 'single-line'): string {
  return text.replace(
    shape === 'single-line' ? EVERY_CONTROL : CONTROLS_BUT_LAYOUT,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
