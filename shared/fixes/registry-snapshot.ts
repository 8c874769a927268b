import type { RegValue } from '../parsers/reg-query';
import type { PlannedCommand } from './fix-plan';
import { SNAPSHOT_KEYS, type SnapshotKey } from './registry-allowlist';

/** A value as it was read, enough to write it back exactly. */
export interface SnapshotValue {
  readonly name: string;
  readonly type: string;
  readonly data: number | string | readonly string[];
}

/** The values of the snapshot keys at one moment (a key missing means it could not be read). */
export type RegistrySnapshot = Partial<Record<SnapshotKey, readonly SnapshotValue[]>>;

export interface ValueChange {
  readonly key: SnapshotKey;
  readonly name: string;
  /** null: the value did not exist. */
  readonly before: SnapshotValue | null;
  readonly after: SnapshotValue | null;
}

const HIVE = /^HKLM\\/i;
const canonical = (key: string) => key.replace(HIVE, 'HKEY_LOCAL_MACHINE\\').toLowerCase();

/** The values reg query printed for `key` itself (not its subkeys). */
export function snapshotValues(key: SnapshotKey, values: readonly RegValue[]): SnapshotValue[] {
  return values.filter((value) => canonical(value.key) === canonical(key)).map(({ name, type, data }) => ({ name, type, data }));
}

/** Values that differ between two snapshots, by key and case-insensitive name. */
export function changedValues(before: RegistrySnapshot, after: RegistrySnapshot): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const key of SNAPSHOT_KEYS) {
    const was = before[key];
    const is = after[key];
    if (!was || !is) continue;
    const names = new Set([...was, ...is].map((value) => value.name.toLowerCase()));
    for (const lower of names) {
      const old = was.find((value) => value.name.toLowerCase() === lower) ?? null;
      const now = is.find((value) => value.name.toLowerCase() === lower) ?? null;
      if (!sameValue(old, now)) changes.push({ key, name: (old ?? now)!.name, before: old, after: now });
    }
  }
  return changes;
}

function sameValue(a: SnapshotValue | null, b: SnapshotValue | null): boolean {
  if (a === null || b === null) return a === b;
  return a.type === b.type && JSON.stringify(a.data) === JSON.stringify(b.data);
}

/** reg.exe's /d for a value type, or null for a type this app does not write back. */
function regData(value: SnapshotValue): string | null {
  switch (value.type) {
    case 'REG_DWORD':
    case 'REG_QWORD':
      return typeof value.data === 'number' ? String(value.data) : null;
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
    case 'REG_BINARY':
      return typeof value.data === 'string' ? value.data : null;
    case 'REG_MULTI_SZ':
      // reg add separates the strings of a REG_MULTI_SZ with the two characters \0.
      return Array.isArray(value.data) ? value.data.join('\\0') : null;
    default:
      return null;
  }
}

/**
 * Commands that put the given values back as they were before. Only values the app itself saw change
 * during a fix, in the two snapshot keys, are ever restored; a type it cannot write is reported.
 */
export function restoreCommands(changes: readonly ValueChange[]): { commands: PlannedCommand[]; unrestorable: ValueChange[] } {
  const commands: PlannedCommand[] = [];
  const unrestorable: ValueChange[] = [];
  for (const change of changes) {
    if (change.before === null) {
      commands.push({ program: 'reg', args: ['delete', change.key, '/v', change.name, '/f'], purpose: { key: 'plan.purpose.remove-value', params: { name: change.name } } });
      continue;
    }
    const data = regData(change.before);
    if (data === null) {
      unrestorable.push(change);
      continue;
    }
    commands.push({
      program: 'reg',
      args: ['add', change.key, '/v', change.name, '/t', change.before.type, '/d', data, '/f'],
      purpose: { key: 'plan.purpose.restore-value', params: { name: change.name, data } },
    });
  }
  return { commands, unrestorable };
}
