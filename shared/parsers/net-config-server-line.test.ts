import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serverNameValueStart, splitAtFirstGap } from './net-config-server-line';

// The patterns the scans replace: their results are the specification, their backtracking the problem.
function valueStartByPattern(text: string): number {
  const match = /\s(\\\\\S.*)$/.exec(text);
  return match ? match.index + 1 : -1;
}

function gapByPattern(line: string) {
  const gap = /^(\S.*?)\s{2,}(\S.*)$/.exec(line);
  return gap ? { label: gap[1]!, value: gap[2]! } : null;
}

const pieces = fc.constantFrom(' ', '  ', '\t', '\\', '\\\\', 'x', 'Server Name', '\u2028', '\u2029', '\u00a0', '\u3000', 'PC');

describe('net config server line scans', () => {
  it('find the server name value where the pattern does', () => {
    expect(serverNameValueStart('Server Name                           \\\\DESKTOP-8GB0J2A')).toBe(38);
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(serverNameValueStart(text)).toBe(valueStartByPattern(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('cut a line at its first gap where the pattern does', () => {
    expect(splitAtFirstGap('Software version  Windows 10 Pro')).toEqual({ label: 'Software version', value: 'Windows 10 Pro' });
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
        const line = parts.join('').trimEnd();
        expect(splitAtFirstGap(line)).toEqual(gapByPattern(line));
      }),
      { numRuns: 5000 },
    );
  });

  it('read long lines holding a line separator in one pass', () => {
    // The patterns need about 10^10 steps here.
    expect(serverNameValueStart(`A${' \\\\x'.repeat(50_000)}\u2028y`)).toBe(-1);
    expect(splitAtFirstGap(`a${'  b'.repeat(50_000)}\u2028x`)).toBeNull();
  });
});
