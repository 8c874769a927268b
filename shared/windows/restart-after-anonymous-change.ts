import type { WindowsFamily } from './windows-version';

/**
 * Windows NT 4.0, 2000, XP and Server 2003 may apply a new RestrictAnonymous only after a restart
 * (KB 246261, "How to use the RestrictAnonymous registry value in Windows 2000"); from Vista on the
 * Local Security Authority reads it as it changes.
 */
const NEEDS_RESTART: ReadonlySet<WindowsFamily> = new Set(['nt4', '2000', 'xp', 'server-2003']);

export function anonymousAccessChangeMayNeedRestart(family: WindowsFamily): boolean {
  return NEEDS_RESTART.has(family);
}
