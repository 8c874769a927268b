import fc from 'fast-check';

/**
 * Generators of the data the simulated host renders, for round-trip property tests: what a renderer
 * prints, the matching parser must read back. Text is built from words joined by single spaces, with
 * letters, digits, German letters and Chinese characters (two console cells each), so column padding and
 * cutting by cells is exercised.
 */

const ASCII_LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const DIGITS = [...'0123456789'];
const GERMAN = [...'äöüßÄÖÜé'];
const CHINESE = [...'张伟默认共享远程管理打印机'];

export const LANGUAGES = ['en', 'de'] as const;

function word(units: readonly string[], maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...units), minLength: 1, maxLength });
}

/** Words joined by single spaces: no leading, trailing or doubled spaces (those are padding to a parser). */
export function phrase(units: readonly string[], maxWords: number, maxWordLength = 10): fc.Arbitrary<string> {
  return fc.array(word(units, maxWordLength), { minLength: 1, maxLength: maxWords }).map((words) => words.join(' '));
}

/** Text for names and remarks: mostly ASCII, sometimes German or Chinese. */
export const TEXT_UNITS = [...ASCII_LETTERS, ...DIGITS, '-', '_', '.', ...GERMAN, ...CHINESE];

export const optionalPhrase = (maxWords: number, maxWordLength = 10): fc.Arbitrary<string> =>
  fc.oneof(fc.constant(''), phrase(TEXT_UNITS, maxWords, maxWordLength));

export const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join('.'));

export const netbiosName = fc.string({ unit: fc.constantFrom(...ASCII_LETTERS.slice(26), ...DIGITS, '-'), minLength: 1, maxLength: 15 });

const hexGroup = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 1, maxLength: 4 });
export const ipv6 = fc.array(hexGroup, { minLength: 2, maxLength: 8 }).map((groups) => groups.join(':'));

/** A Windows path: a drive or \PIPE\, then segments that may hold single spaces. */
export const windowsPath = fc
  .tuple(fc.constantFrom('C:', 'D:', 'E:', '\\PIPE'), fc.array(phrase([...ASCII_LETTERS, ...DIGITS, '-', '.', ...GERMAN, ...CHINESE], 3, 8), { maxLength: 5 }))
  .map(([root, segments]) => (segments.length === 0 ? `${root}\\` : `${root}\\${segments.join('\\')}`));
