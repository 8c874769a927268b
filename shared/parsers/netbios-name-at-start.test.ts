import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netbiosNameAtStart } from './netbios-name-at-start';

// The patterns netbiosNameAtStart replaces: their results are the specification, their backtracking the problem.
const NAME_WITH_SUFFIX_AT_START = /^\s*(\S+(?: \S+)*)\s*<([0-9A-Fa-f]{2})>(?:\s+(.*))?$/;
const NAME_AT_START = /^\s*(\S+(?: \S+)*)(?:\s{2,}(.*))?$/;

function byPatterns(text: string) {
  const withSuffix = NAME_WITH_SUFFIX_AT_START.exec(text);
  if (withSuffix) return { name: withSuffix[1]!, suffix: withSuffix[2]!, rest: withSuffix[3] ?? '' };
  const plain = NAME_AT_START.exec(text);
  return plain ? { name: plain[1]!, rest: plain[2] ?? '' } : null;
}

describe('netbiosNameAtStart', () => {
  it.each([
    '    OFFICE-PC            Connected    In        192.168.1.21',
    '    OFFICE-PC      <00>  Connected    Out       NAS            <20>',
    '    OFFICE-PC      <03>  Listening',
    '    MY PC<1b>',
    '    OFFICE-PC',
    '    OFFICE-PC Connected',
    '    a<00>b<01> x',
    '',
    '   ',
  ])('reads %j as the patterns do', (text) => {
    expect(netbiosNameAtStart(text)).toEqual(byPatterns(text));
  });

  it('reads any row of names, spaces, suffixes and line separators as the patterns do', () => {
    const pieces = fc.constantFrom(' ', ' ', '  ', '\t', '\u00a0', '\u2028', '\u2029', 'a', 'PC', '<', '>', '<00>', '<1b>', '<2G>', 'x');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 18 }), (parts) => {
        const text = parts.join('');
        expect(netbiosNameAtStart(text)).toEqual(byPatterns(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads long rows holding a line separator in one pass', () => {
    // The patterns need about 10^9 steps on each.
    expect(netbiosNameAtStart(`    a${' <00>'.repeat(50_000)}\tfoo\u2028bar`)).toBeNull();
    expect(netbiosNameAtStart(`    a${' '.repeat(100_000)}b\u2028c`)).toBeNull();
  });
});
