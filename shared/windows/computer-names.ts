/**
 * A computer as "net session" lists it (\\NAME, \\192.168.1.20, \\[fe80::1]) or as a user types it (with or
 * without the backslashes). NetBIOS and DNS names are not case-sensitive, so neither is the comparison.
 */
export function bareComputerName(name: string): string {
  return name.replace(/^\\\\/, '');
}

export function sameComputer(a: string, b: string): boolean {
  return bareComputerName(a).toLowerCase() === bareComputerName(b).toLowerCase();
}
