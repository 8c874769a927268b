import type { MachineChoice } from './host';

/**
 * The window's PC: this one on Windows; a simulated one everywhere else (there is nothing to diagnose),
 * and on Windows when asked with --demo or WORKGROUP_DOCTOR_DEMO=1 (guided walkthroughs, training).
 */
export function windowMachine(platform: NodeJS.Platform, argv: readonly string[], env: NodeJS.ProcessEnv): MachineChoice {
  if (platform !== 'win32') return { kind: 'simulated', demoReason: 'not-windows' };
  if (argv.includes('--demo') || env.WORKGROUP_DOCTOR_DEMO === '1') return { kind: 'simulated', demoReason: 'requested' };
  return { kind: 'this-pc' };
}
