import type { TcpState } from '../../parsers/netstat';
import type { DisplayLanguage } from '../scenario';
import { consoleLines, padCells } from './console-text';
import { netText } from './messages';

/** One socket as `netstat -an`/`-ano` lists it. */
export interface NetstatRow {
  readonly proto: 'TCP' | 'UDP';
  /** "0.0.0.0:445", "[::]:445", "[fe80::1%9]:546". */
  readonly local: string;
  /** "192.168.1.20:50123"; "*:*" for UDP. */
  readonly foreign: string;
  /** The English state; "" for UDP. */
  readonly state: TcpState | '';
  readonly pid: number;
}

export interface NetstatOptions {
  /** -o: the PID column. */
  readonly withPids: boolean;
}

/**
 * `netstat -an` / `-ano` (netstat's format "  %-5s  %-21s  %-21s  %-12s    %u"):
 *
 *   (blank)
 *   Active Connections
 *   (blank)
 *     Proto  Local Address          Foreign Address        State           PID
 *     TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4
 *     TCP    127.0.0.1:54995        127.0.0.1:1110         SCHLIESSEN_WARTEN    12600   (German; pushes PID right)
 *     UDP    [fe80::10b0:462e:c279:f46a%9]:546  *:*                                    1216
 *
 * Addresses wider than 21 cells push the rest of the row right; UDP rows leave the state blank. German
 * translates the title, the header and the states (netstat__unknown__de__03); every other captured
 * language keeps English states, which is what English output is. Without -o a row ends after its state
 * (or after the foreign address for UDP), as in the captures without -o. No line follows the last row.
 */
export function renderNetstat(rows: readonly NetstatRow[], language: DisplayLanguage, options: NetstatOptions): string {
  const text = netText(language).netstat;
  return consoleLines([
    '',
    text.title,
    '',
    options.withPids ? text.headerWithPid : text.header,
    ...rows.map((row) => {
      const state = row.state === '' ? '' : (text.states[row.state] ?? row.state);
      const columns = `  ${padCells(row.proto, 5)}  ${padCells(row.local, 21)}  ${padCells(row.foreign, 21)}  `;
      return options.withPids ? `${columns}${padCells(state, 12)}    ${row.pid}` : `${columns}${state}`.trimEnd();
    }),
  ]);
}
