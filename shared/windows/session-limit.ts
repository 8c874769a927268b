import type { WindowsVersion } from './windows-version';

/**
 * The inbound SMB session limit a Windows edition enforces (KB 328459; KB 314882, "Inbound connections
 * limit in Windows XP"; the client editions' license terms since Windows 7: 20 devices). Only a fallback: the live
 * value is `net config server` → "Maximum Logged On Users", read first whenever that command works.
 */
export interface SessionLimit {
  /** Sessions the edition accepts; null when there is no cap (servers) or the edition is not known. */
  readonly max: number | null;
  /** 'edition' when the table gives the answer for this version; 'unknown' when it cannot. */
  readonly source: 'edition' | 'unknown';
  readonly note: string;
}

// The limits by edition, from the sources above:
//   NT 4 Workstation, 2000 Professional          10
//   XP Professional / XP Home                    10 / 5
//   Vista Home Basic, Starter / other Vista      5 / 10
//   7, 8, 8.1, 10, 11 (every client edition)     20
//   Server editions                              no technical cap (net config server shows 16777216)
export function sessionLimitForVersion(version: WindowsVersion): SessionLimit {
  if (version.isServer || version.family === 'server' || version.family === 'server-2003') {
    return {
      max: null,
      source: 'edition',
      note: 'Server editions have no technical cap on inbound sessions (net config server shows 16777216).',
    };
  }
  switch (version.family) {
    case 'nt4':
      return { max: 10, source: 'edition', note: 'Windows NT 4.0 Workstation accepts 10 inbound sessions.' };
    case '2000':
      return { max: 10, source: 'edition', note: 'Windows 2000 Professional accepts 10 inbound sessions.' };
    case 'xp':
      return xpLimit(version.editionName);
    case 'vista':
      return vistaLimit(version.edition, version.editionName);
    case '7':
    case '8':
    case '8.1':
    case '10':
    case '11':
      return { max: 20, source: 'edition', note: 'Client editions of Windows 7 and later accept 20 inbound sessions.' };
    case 'unknown':
      return { max: null, source: 'unknown', note: 'The Windows version is not known, so neither is its session limit.' };
  }
}

function xpLimit(editionName: string | null): SessionLimit {
  if (editionName === 'Home') return { max: 5, source: 'edition', note: 'Windows XP Home Edition accepts 5 inbound sessions.' };
  if (editionName === 'Pro') return { max: 10, source: 'edition', note: 'Windows XP Professional accepts 10 inbound sessions.' };
  return {
    max: null,
    source: 'unknown',
    note: 'Windows XP accepts 5 inbound sessions (Home Edition) or 10 (Professional); the edition is not known.',
  };
}

function vistaLimit(edition: string | null, editionName: string | null): SessionLimit {
  if (edition === null) {
    return {
      max: null,
      source: 'unknown',
      note: 'Windows Vista accepts 5 inbound sessions (Home Basic, Starter) or 10 (other editions); the edition is not known.',
    };
  }
  if (editionName === 'Home Basic' || editionName === 'Starter') {
    return { max: 5, source: 'edition', note: `Windows Vista ${editionName} accepts 5 inbound sessions.` };
  }
  return { max: 10, source: 'edition', note: `Windows Vista ${editionName ?? edition} accepts 10 inbound sessions.` };
}

/** The server's idle-session timeout, from `LanmanServer\Parameters\autodisconnect` (REG_DWORD). */
export interface Autodisconnect {
  /**
   * The value as `net config server /autodisconnect:N` takes it: reg.exe prints the DWORD unsigned, so
   * 0xffffffff (4294967295) is -1. Null when the registry value is absent.
   */
  readonly setting: number | null;
  /** True only for -1. */
  readonly disabled: boolean;
  /** Minutes of idleness after which a session without open files is dropped; null when disabled or undefined. */
  readonly idleMinutes: number | null;
  readonly note: string;
}

const DEFAULT_AUTODISCONNECT_MINUTES = 15;
const UINT32_LIMIT = 2 ** 32;

export function autodisconnectFromRegistry(dword: number | null): Autodisconnect {
  if (dword === null || !Number.isInteger(dword) || dword < -1 || dword >= UINT32_LIMIT) {
    return {
      setting: null,
      disabled: false,
      idleMinutes: DEFAULT_AUTODISCONNECT_MINUTES,
      note: 'No valid autodisconnect value: the server uses its default of 15 minutes.',
    };
  }
  // A DWORD above 0x7fffffff is a negative setting; accept -1 written signed too.
  const setting = dword > 0x7fffffff ? dword - UINT32_LIMIT : dword;
  if (setting === -1) {
    return {
      setting,
      disabled: true,
      idleMinutes: null,
      note: 'Automatic disconnection is disabled (-1): idle sessions are never dropped and keep their slot.',
    };
  }
  if (setting < 0) {
    return { setting, disabled: false, idleMinutes: null, note: `${setting} is not a documented autodisconnect value.` };
  }
  if (setting === 0) {
    return {
      setting,
      disabled: false,
      idleMinutes: 0,
      note: '0 does NOT disable automatic disconnection; only -1 does.',
    };
  }
  return {
    setting,
    disabled: false,
    idleMinutes: setting,
    note: `Idle sessions without open files are dropped after ${setting} minutes.`,
  };
}
