/**
 * The only registry values Workgroup Doctor ever writes, and the only keys it snapshots and restores.
 * A fix names an entry of this list; the key, value name and type come from here, never from the UI.
 */
export const LSA_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa';
export const LANMAN_SERVER_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters';

export const WRITABLE_VALUES = {
  restrictAnonymous: { key: LSA_KEY, name: 'RestrictAnonymous', type: 'REG_DWORD', allowed: [0, 1, 2] },
  restrictAnonymousSam: { key: LSA_KEY, name: 'RestrictAnonymousSAM', type: 'REG_DWORD', allowed: [0, 1] },
  restrictNullSessAccess: { key: LANMAN_SERVER_KEY, name: 'RestrictNullSessAccess', type: 'REG_DWORD', allowed: [0, 1] },
} as const;

export type WritableValue = keyof typeof WRITABLE_VALUES;

/** Keys whose values are saved before a fix and compared after it; undo restores what changed in them. */
export const SNAPSHOT_KEYS = [LSA_KEY, LANMAN_SERVER_KEY] as const;
export type SnapshotKey = (typeof SNAPSHOT_KEYS)[number];

/** reg add argv for an allowlisted value; throws on a value the list does not allow (a programming error). */
export function regAddArgs(value: WritableValue, data: number): string[] {
  const entry = WRITABLE_VALUES[value];
  if (!(entry.allowed as readonly number[]).includes(data)) throw new Error(`${entry.name} may not be set to ${data}`);
  return ['add', entry.key, '/v', entry.name, '/t', entry.type, '/d', String(data), '/f'];
}
