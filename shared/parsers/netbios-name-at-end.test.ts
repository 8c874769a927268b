import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netbiosNameAtEnd } from './netbios-name-at-end';

// The pattern netbiosNameAtEnd replaces: its result is the specification, its backtracking the problem.
const NAME_WITH_SUFFIX_AT_END = /(?:^|\s)(\S+(?: \S+)*)\s*<([0-9A-Fa-f]{2})>\s*$/;

function byPattern(text: string) {
  const match = NAME_WITH_SUFFIX_AT_END.exec(text);
  return match ? { index: match.index, name: match[1]!, suffix: match[2]! } : null;
}

describe('netbiosNameAtEnd', () => {
  it.each([
    '    OFFICE-PC      <00>  Connected    Out       NAS            <20>',
    '    OFFICE-PC      <00>  Connected    Out       NAS            <20>   ',
    'NAS<20>',
    'MY NAS BOX <1b>',
    '  a  b c<0A>',
    '\ta\u00a0b <00>',
    '<00>',
    ' <00>',
    'NAS <2G>',
    'NAS <20> x',
  ])('reads %j as the pattern does', (text) => {
    expect(netbiosNameAtEnd(text)).toEqual(byPattern(text));
  });

  it('reads any text of names, spaces and suffixes as the pattern does', () => {
    const pieces = fc.constantFrom(' ', ' ', '  ', '\t', '\u00a0', '\u3000', 'a', 'NAS', '<', '>', '<00>', '<1b>', '<2G>', '0');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(netbiosNameAtEnd(text)).toEqual(byPattern(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a long run of single-spaced words in one pass', () => {
    // The pattern needs about 10^10 steps here.
    const words = ' a'.repeat(100_000);
    expect(netbiosNameAtEnd(`  x <00>${words}`)).toBeNull();
    expect(netbiosNameAtEnd(`${words} <00>`)).toEqual({ index: 0, name: words.trim(), suffix: '00' });
  });
});
