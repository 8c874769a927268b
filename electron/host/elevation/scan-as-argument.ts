import type { PcRole } from '../../../shared/diagnosis/finding';

/**
 * "Restart as administrator" starts the app again with --scan-as=<role>, so the elevated app scans at
 * once, as the user already said what they see, instead of starting over at the first question.
 */
const SCAN_AS = '--scan-as=';
const ROLES: readonly PcRole[] = ['host', 'client', 'unknown'];

export function scanAsFromArgv(argv: readonly string[]): PcRole | null {
  const value = argv.find((arg) => arg.startsWith(SCAN_AS))?.slice(SCAN_AS.length);
  return ROLES.find((role) => role === value) ?? null;
}

/** The app's own arguments, with the role to scan as (replacing one given before). */
export function withScanAs(argv: readonly string[], role: PcRole): string[] {
  return [...argv.filter((arg) => !arg.startsWith(SCAN_AS)), `${SCAN_AS}${role}`];
}
