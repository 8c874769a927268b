import { decodeConsoleBytes, encodeConsoleText } from '../host/commands/console-encoding';
import { renderNbtstatSessions, type NbtstatConnection } from '../../shared/simulated-host/render/nbtstat';
import { renderNetFile } from '../../shared/simulated-host/render/net-file';
import { renderNetSession } from '../../shared/simulated-host/render/net-session';
import { renderNetShare, renderNetShareDetail } from '../../shared/simulated-host/render/net-share';
import { renderNetstat, type NetstatRow } from '../../shared/simulated-host/render/netstat';
import { renderRegQueryKey } from '../../shared/simulated-host/render/reg-query';
import type { SimulatedShare, SimulatedSession } from '../../shared/simulated-host/scenario';

/**
 * The text a parser is handed in the app: the command's bytes, decoded once with the console's code
 * page (cp437 here, as on an English PC). Decoding gives one flat string; the renderers' own result is
 * a rope of joined pieces that V8 reads more slowly, which would time the renderer, not the parser.
 */
function asReadFromConsole(text: string): string {
  return decodeConsoleBytes(encodeConsoleText(text, 437), 437);
}

/** Realistic outputs of any size, in Windows' layouts (the simulated host's renderers, tested against captures). */
export function netSessionRows(count: number): SimulatedSession[] {
  return Array.from({ length: count }, (_, i) => ({
    computer: i % 3 === 0 ? `DESKTOP-${(100000 + i).toString(36).toUpperCase()}` : `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    user: i % 4 === 0 ? '' : `user${i}`,
    clientType: i % 5 === 0 ? 'Windows 2002 Serv' : '',
    idleSeconds: (i * 37) % 400000,
  }));
}

export function netSessionOutput(count: number): string {
  return asReadFromConsole(
    renderNetSession(
      netSessionRows(count).map((s, i) => ({ ...s, opens: i % 7 })),
      'en',
    ),
  );
}

export function netShareOutput(count: number): string {
  const shares: SimulatedShare[] = Array.from({ length: count }, (_, i) => ({
    name: i % 10 === 0 ? `Shared folder number ${i}` : `Share${i}`,
    resource: i % 6 === 0 ? `D:\\Departments\\Accounting\\Year ${2000 + (i % 26)}\\Archive ${i}` : `D:\\Shares\\S${i}`,
    remark: i % 2 === 0 ? `Remark for share ${i}` : '',
    kind: 'disk',
  }));
  return asReadFromConsole(renderNetShare(shares, 'en'));
}

/**
 * `net share NAME` for a share that many hold open: a remark of 250 characters (about the most a remark
 * holds), `count` permission entries (a share granted to every account of a department, one line
 * each) and a connected user for every tenth of them.
 */
export function netShareDetailOutput(count: number): string {
  const remark = `Shared project folders of the accounting department, ${'kept for the yearly audit and '.repeat(7)}read-only after closing`.slice(0, 250);
  return asReadFromConsole(
    renderNetShareDetail({ name: 'Accounting', resource: 'D:\\Departments\\Accounting', remark, kind: 'disk' }, 'en', {
      users: Array.from({ length: Math.ceil(count / 10) }, (_, i) => `USER${String(i).padStart(5, '0')}`),
      permissions: Array.from({ length: count }, (_, i) => `OFFICE\\user${i}, ${['FULL', 'CHANGE', 'READ'][i % 3]}`),
    }),
  );
}

export function netFileOutput(count: number): string {
  return asReadFromConsole(
    renderNetFile(
      Array.from({ length: count }, (_, i) => ({
        id: 1207959552 + i,
        path: i % 9 === 0 ? '\\PIPE\\spoolss' : `D:\\Shares\\Projects\\Plan ${i}.docx`,
        user: i % 9 === 0 ? '' : `user${i % 50}`,
        locks: i % 3,
      })),
      'en',
    ),
  );
}

export function netstatOutput(count: number): string {
  const rows: NetstatRow[] = Array.from({ length: count }, (_, i) =>
    i % 10 === 0
      ? { proto: 'UDP', local: `0.0.0.0:${1024 + i}`, foreign: '*:*', state: '', pid: 1000 + (i % 400) }
      : {
          proto: 'TCP',
          local: '192.168.1.10:445',
          foreign: `192.168.${(i >> 8) & 255}.${i & 255}:${49152 + (i % 16000)}`,
          state: i % 3 === 0 ? 'TIME_WAIT' : 'ESTABLISHED',
          pid: 4,
        },
  );
  return asReadFromConsole(renderNetstat(rows, 'de', { withPids: true }));
}

export function nbtstatOutput(count: number): string {
  const connections: NbtstatConnection[] = Array.from({ length: count }, (_, i) => ({
    localName: 'OFFICE-PC',
    state: 'Connected',
    direction: i % 2 === 0 ? 'In' : 'Out',
    remoteHost: `192.168.${(i >> 8) & 255}.${i & 255}`,
    input: `${i % 999}KB`,
    output: `${i % 99}KB`,
  }));
  return asReadFromConsole(renderNbtstatSessions([{ name: 'Ethernet', nodeIpAddress: '192.168.1.10', scopeId: '', connections }], 'en'));
}

export function regQueryOutput(count: number): string {
  return asReadFromConsole(
    renderRegQueryKey(
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Bench',
      Array.from(
        { length: count },
        (_, i) =>
          [
            `Value ${i}`,
            i % 3 === 0
              ? { type: 'REG_DWORD', data: i }
              : i % 3 === 1
                ? { type: 'REG_SZ', data: `text ${i} with spaces` }
                : { type: 'REG_MULTI_SZ', data: ['a', `b${i}`] },
          ] as const,
      ),
      [],
    ),
  );
}
