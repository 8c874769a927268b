import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchValueLine } from './reg-value-line';

// The pattern matchValueLine replaces: its groups are the specification, its backtracking the problem.
const VALUE_LINE = /^[ \t]*(.*?)(?: {2,}|\t)(REG_[A-Z0-9_]+)(?:([ \t]+)(.*))?$/;

function byPattern(text: string) {
  const match = VALUE_LINE.exec(text);
  if (!match) return null;
  const [, name = '', type = '', separator = '', rest = ''] = match;
  return { name, type, separator, rest };
}

describe('matchValueLine', () => {
  it.each([
    '    LimitBlankPasswordUse    REG_DWORD    0x1',
    '    restrictanonymous\tREG_DWORD\t0x0',
    '    RegisteredOrganization    REG_SZ    ',
    '    RegisteredOrganization    REG_SZ',
    '    Security Packages    REG_MULTI_SZ    ""',
    '    DevicePath  REG_EXPAND_SZ   %SystemRoot%\\inf',
    '    (Default)    REG_SZ    REG_SZ  in the data',
    '    REG_SZ    starts with its type',
    '  \t REG_SZ',
    'REG_SZ',
    '    name    REG_sz    lower-case type',
    '    name    REG_SZx',
    '    name\u2028    REG_SZ    a line separator',
  ])('reads %j as the pattern does', (text) => {
    expect(matchValueLine(text)).toEqual(byPattern(text));
  });

  it('reads any line of separators, type words and text as the pattern does', () => {
    const pieces = fc.constantFrom(' ', ' ', '  ', '\t', 'REG_', 'SZ', 'DWORD', '_', '0x1', 'a', 'Name', 'x', '\u2028', '\u00a0');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(matchValueLine(text)).toEqual(byPattern(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a line with a long run of spaces in one pass', () => {
    // The pattern needs about 10^10 steps here.
    const text = `    a${' '.repeat(200_000)}REG`;
    expect(matchValueLine(text)).toBeNull();
    expect(matchValueLine(`${text}_SZ    data`)).toEqual({ name: 'a', type: 'REG_SZ', separator: '    ', rest: 'data' });
  });
});
