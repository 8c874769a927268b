import type { AppMode, DemoReason } from '../../shared/ipc/contract';

/**
 * Live on Windows; demo everywhere else (there is nothing to diagnose), and on Windows when asked
 * with --demo or WORKGROUP_DOCTOR_DEMO=1 (guided walkthroughs, training).
 */
export function decideAppMode(
  platform: NodeJS.Platform,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { mode: AppMode; demoReason: DemoReason | null } {
  if (platform !== 'win32') return { mode: 'demo', demoReason: 'not-windows' };
  if (argv.includes('--demo') || env.WORKGROUP_DOCTOR_DEMO === '1') return { mode: 'demo', demoReason: 'requested' };
  return { mode: 'live', demoReason: null };
}
