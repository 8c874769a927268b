import { describe, expect, it } from 'vitest';
import type { TcpState } from '../../parsers/netstat';
import { renderNetstat, type NetstatRow } from './netstat';
import { asCopied, nonBlankLines } from './testing/published-text';
import en_05 from '../../fixtures/windows-outputs/netstat__win10__en__05.txt?raw';
import de_03 from '../../fixtures/windows-outputs/netstat__unknown__de__03.txt?raw';
import ru_06 from '../../fixtures/windows-outputs/netstat__win10-1607__ru__06.txt?raw';

// Not rendered: netstat__win2003__en__01 (-t adds the Offload State column), the French -b capture (owner
// lines) and the Russian headers (languages the simulated host does not speak). The Russian 06 rows are
// used below, since Russian keeps English states and the row format is the same.

/** The capture's own German state words, back to the English constants the renderer takes. */
const CAPTURED_GERMAN: Readonly<Record<string, TcpState>> = {
  ABHÖREN: 'LISTENING',
  HERGESTELLT: 'ESTABLISHED',
  WARTEND: 'TIME_WAIT',
  FIN_WARTEN_2: 'FIN_WAIT_2',
  SCHLIESSEN_WARTEN: 'CLOSE_WAIT',
};

/** The rows of a capture, read by splitting on whitespace (the data the capture shows, nothing more). */
function rowsOf(capture: string, withPids: boolean): NetstatRow[] {
  return capture
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([proto]) => proto === 'TCP' || proto === 'UDP')
    .map((tokens) => {
      const [proto, local = '', foreign = ''] = tokens;
      const pid = withPids ? Number(tokens[tokens.length - 1]) : 0;
      const word = proto === 'UDP' ? '' : tokens[3]!;
      const state = (CAPTURED_GERMAN[word] ?? word) as TcpState | '';
      return { proto: proto as 'TCP' | 'UDP', local, foreign, state, pid };
    });
}

describe('renderNetstat against real captures', () => {
  it('equals en 05 (netstat -ano, Windows 10) modulo line endings', () => {
    const text = renderNetstat(rowsOf(en_05, true), 'en', { withPids: true });
    expect(asCopied(text)).toBe(en_05);
  });

  it('writes CRLF line endings', () => {
    const text = renderNetstat(rowsOf(en_05, true), 'en', { withPids: true });
    expect(text.startsWith('\r\nActive Connections\r\n\r\n  Proto')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has every line of de 03 (German title, header and states; link-local IPv6 rows pushing the columns; published without the leading blank line)', () => {
    const text = renderNetstat(rowsOf(de_03, true), 'de', { withPids: true });
    expect(nonBlankLines(text)).toEqual(nonBlankLines(de_03));
    expect(asCopied(text)).toBe(`\n${de_03}`);
  });

  it('has the rows of ru 06 (netstat -a, no PID column, English states): a resolved name one cell too wide pushes the state', () => {
    const text = renderNetstat(rowsOf(ru_06, false), 'en', { withPids: false });
    const rows = (s: string) => nonBlankLines(s).filter((line) => /^ {2}(TCP|UDP) /.test(line));
    expect(rows(text)).toEqual(rows(ru_06));
  });
});

describe('renderNetstat: documented forms', () => {
  it('prints the header without PID for netstat -an', () => {
    const text = renderNetstat([{ proto: 'TCP', local: '0.0.0.0:445', foreign: '0.0.0.0:0', state: 'LISTENING', pid: 4 }], 'en', { withPids: false });
    expect(text.split('\r\n')).toEqual([
      '',
      'Active Connections',
      '',
      '  Proto  Local Address          Foreign Address        State',
      '  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING',
      '',
    ]);
  });

  it('keeps English for states German has no known word for', () => {
    const text = renderNetstat([{ proto: 'TCP', local: '0.0.0.0:1', foreign: '0.0.0.0:0', state: 'BOUND', pid: 1 }], 'de', { withPids: true });
    expect(text.split('\r\n')[4]).toBe('  TCP    0.0.0.0:1              0.0.0.0:0              BOUND           1');
  });
});
