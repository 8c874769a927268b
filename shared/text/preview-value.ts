import { escapeForTerminal } from './escape-for-terminal';

/** Long enough to recognize a value, short enough that a message stays one readable line. */
const PREVIEW_CHARACTERS = 40;

/**
 * A value from input as a message shows it: short, on one line, safe for a terminal and a log, and never
 * the whole of a huge input. Text is quoted (JSON style, so quotes and line breaks are visible), cut
 * after `maxCharacters` (40 unless said) with its length; lists and objects are named, not dumped.
 */
export function previewValue(value: unknown, maxCharacters = PREVIEW_CHARACTERS): string {
  switch (typeof value) {
    case 'string': {
      const shown = value.length > maxCharacters ? `${JSON.stringify(value.slice(0, maxCharacters))}… (${value.length} characters)` : JSON.stringify(value);
      return escapeForTerminal(shown);
    }
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      return Array.isArray(value) ? `a list of ${value.length}` : 'an object';
  }
}
