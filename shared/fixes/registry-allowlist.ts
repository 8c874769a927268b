import { regAddDwordCommand, regDeleteValueCommand } from '../windows/reg-command-lines';
import {
  AUTODISCONNECT_VALUE,
  LANMAN_SERVER_PARAMETERS_KEY,
  LSA_KEY,
  RESTRICT_ANONYMOUS_SAM_VALUE,
  RESTRICT_ANONYMOUS_VALUE,
  RESTRICT_NULL_SESS_ACCESS_VALUE,
  sameKey,
  sameValueName,
} from '../windows/registry-keys';
import type { WindowsCommand } from '../windows/windows-command';

/**
 * The only registry values Workgroup Doctor ever changes, with the data each may hold. A fix, its
 * rollback and its undo name an entry of this list; the key, value name and type come from here, never
 * from the window, the command line or the journal. A value is written either with reg.exe or only
 * through the program that owns it (the Server service's idle time, through "net config server").
 */
export interface AllowedValue {
  readonly key: string;
  readonly name: string;
  readonly type: 'REG_DWORD';
  /** The data this app may write or put back, inclusive. */
  readonly range: { readonly min: number; readonly max: number };
  /** More data allowed outside the range (0xFFFFFFFF: "never", as net config server stores -1). */
  readonly also: readonly number[];
  readonly writtenBy: 'reg' | 'net config server';
}

export const ALLOWED_VALUES = {
  // KB 246261, KB 328459 Method 1: 0 none, 1 no enumeration of SAM accounts and shares, 2 no access
  // without explicit anonymous permissions (Windows 2000 only).
  restrictAnonymous: { key: LSA_KEY, name: RESTRICT_ANONYMOUS_VALUE, type: 'REG_DWORD', range: { min: 0, max: 2 }, also: [], writtenBy: 'reg' },
  // "Network access: Do not allow anonymous enumeration of SAM accounts": 0 or 1.
  restrictAnonymousSam: { key: LSA_KEY, name: RESTRICT_ANONYMOUS_SAM_VALUE, type: 'REG_DWORD', range: { min: 0, max: 1 }, also: [], writtenBy: 'reg' },
  // "Network access: Restrict anonymous access to Named Pipes and Shares": 0 or 1.
  restrictNullSessAccess: {
    key: LANMAN_SERVER_PARAMETERS_KEY,
    name: RESTRICT_NULL_SESS_ACCESS_VALUE,
    type: 'REG_DWORD',
    range: { min: 0, max: 1 },
    also: [],
    writtenBy: 'reg',
  },
  // Minutes, 0-65535; "net config server /autodisconnect:-1" stores 0xFFFFFFFF (KB 297684).
  autodisconnect: {
    key: LANMAN_SERVER_PARAMETERS_KEY,
    name: AUTODISCONNECT_VALUE,
    type: 'REG_DWORD',
    range: { min: 0, max: 65535 },
    also: [0xffffffff],
    writtenBy: 'net config server',
  },
} as const satisfies Record<string, AllowedValue>;

export type AllowedValueId = keyof typeof ALLOWED_VALUES;
/** The values reg.exe may write (the others only through their own program). */
export type RegWritableValueId = { [Id in AllowedValueId]: (typeof ALLOWED_VALUES)[Id]['writtenBy'] extends 'reg' ? Id : never }[AllowedValueId];

/** The values Method 1 may set, in the order it sets them. */
export const METHOD_ONE_VALUES = ['restrictAnonymous', 'restrictAnonymousSam', 'restrictNullSessAccess'] as const satisfies readonly RegWritableValueId[];

/** Keys saved to a .reg file before a change (for a technician: undo never imports them). */
export const BACKUP_KEYS = [LSA_KEY, LANMAN_SERVER_PARAMETERS_KEY] as const;

/** The allowlisted value a key and name stand for, in any spelling of the key and any case of the name; null when none. */
export function allowedValueAt(key: string, name: string): AllowedValueId | null {
  const ids = Object.keys(ALLOWED_VALUES) as AllowedValueId[];
  return ids.find((id) => sameKey(ALLOWED_VALUES[id].key, key) && sameValueName(ALLOWED_VALUES[id].name, name)) ?? null;
}

export function isAllowedData(value: AllowedValueId, data: number): boolean {
  const { range, also } = ALLOWED_VALUES[value];
  return Number.isInteger(data) && ((data >= range.min && data <= range.max) || (also as readonly number[]).includes(data));
}

/** Words for the data a value may hold, for a refusal ("0-2", "0-65535 or 4294967295"). */
export function allowedDataWords(value: AllowedValueId): string {
  const { range, also } = ALLOWED_VALUES[value];
  return [`${range.min}-${range.max}`, ...also.map(String)].join(' or ');
}

/** reg add for an allowlisted value; throws on data the list does not allow (a programming error). */
export function setValueCommand(value: RegWritableValueId, data: number): WindowsCommand {
  const entry = ALLOWED_VALUES[value];
  if (!isAllowedData(value, data)) throw new Error(`${entry.name} may not be set to ${data}`);
  return regAddDwordCommand(entry.key, entry.name, data);
}

/** reg delete for an allowlisted value: undo of a value that did not exist before. */
export function deleteValueCommand(value: RegWritableValueId): WindowsCommand {
  const entry = ALLOWED_VALUES[value];
  return regDeleteValueCommand(entry.key, entry.name);
}
