import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCommandLine, quoteWindowsArgument } from './command-line';

/** The Microsoft C runtime's splitting of one quoted argument, to check quoting against. */
function unquoteWindowsArgument(text: string): string {
  if (!text.startsWith('"')) return text;
  let result = '';
  let backslashes = 0;
  for (const character of text.slice(1, -1)) {
    if (character === '\\') {
      backslashes++;
      continue;
    }
    if (character === '"') {
      result += '\\'.repeat(Math.floor(backslashes / 2));
      if (backslashes % 2 === 1) result += '"';
    } else result += '\\'.repeat(backslashes) + character;
    backslashes = 0;
  }
  return result + '\\'.repeat(backslashes / 2);
}

describe('command lines as a technician would type them', () => {
  it.each([
    ['net', 'net'],
    ['HP LaserJet 4', '"HP LaserJet 4"'],
    ['', '""'],
    ['say "hi"', '"say \\"hi\\""'],
    ['C:\\Program Files\\', '"C:\\Program Files\\\\"'],
    ['HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa'],
  ])('%j is written %s', (argument, expected) => {
    expect(quoteWindowsArgument(argument)).toBe(expected);
  });

  it('quotes every argument so that Windows splits it back into the same text', () => {
    fc.assert(
      fc.property(fc.string(), (argument) => {
        expect(unquoteWindowsArgument(quoteWindowsArgument(argument))).toBe(argument);
      }),
    );
  });

  it('writes the environment a script reads in front of the command', () => {
    expect(formatCommandLine(['powershell', '-Command', 'Set-Printer'], { WGD_PRINTER_NAME: 'Canon PIXMA' })).toBe(
      'WGD_PRINTER_NAME="Canon PIXMA" powershell -Command Set-Printer',
    );
  });
});
