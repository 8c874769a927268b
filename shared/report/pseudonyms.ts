import { readHostFacts } from '../diagnosis/host-facts';
import type { ScanResult } from '../ipc/contract';

// IPv4 (not 0.0.0.0 or 127.0.0.1, which say nothing about anyone) and IPv6 addresses: bracketed, all
// eight groups, or shortened with "::". A time such as 00:07:00 (net session's idle time) is none of them.
const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g;
const IPV6 =
  /\[[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?:%[0-9A-Za-z]+)?\]|(?<![\w:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,7}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?)(?:%[0-9A-Za-z]+)?(?![\w:])/g;
const NOT_PERSONAL = new Set(['0.0.0.0', '127.0.0.1', '[::]', '[::1]']);

/**
 * A function that replaces every user name, computer name and address seen in the scans (and of the
 * others given) by a stable
 * pseudonym (user-1, computer-1, address-1): the same name always gets the same pseudonym, so the
 * report still shows who holds what, without saying who. Names are matched as whole words, case
 * insensitively, longest first (so "OFFICE-PC2" is not half-replaced by "OFFICE-PC").
 */
export function pseudonymizer(
  scans: readonly ScanResult[],
  /** Others seen on the PCs besides their scans: those who arrived while their connections were watched. */
  others: readonly { readonly computer: string; readonly user: string }[] = [],
): (text: string) => string {
  const names = new Map<string, string>();
  const add = (name: string, kind: 'user' | 'computer') => {
    const bare = name.replace(/^\\\\/, '').trim();
    if (bare === '' || IPV4.test(bare) || bare.startsWith('[')) return void (IPV4.lastIndex = 0);
    IPV4.lastIndex = 0;
    const key = bare.toLowerCase();
    if (!names.has(key)) names.set(key, `${kind}-${[...names.values()].filter((v) => v.startsWith(kind)).length + 1}`);
  };
  for (const scan of scans) {
    const facts = readHostFacts(scan.readings);
    if (facts.serverConfig?.serverName) add(facts.serverConfig.serverName, 'computer');
    for (const session of facts.sessions ?? []) {
      add(session.computer, 'computer');
      add(session.user, 'user');
    }
    for (const file of facts.openFiles ?? []) add(file.user, 'user');
  }
  for (const other of others) {
    add(other.computer, 'computer');
    add(other.user, 'user');
  }
  const addresses = new Map<string, string>();
  const address = (found: string) => {
    if (NOT_PERSONAL.has(found)) return found;
    if (!addresses.has(found)) addresses.set(found, `address-${addresses.size + 1}`);
    return addresses.get(found)!;
  };
  const byLength = [...names.keys()].sort((a, b) => b.length - a.length);
  const namePattern = byLength.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${byLength.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');
  return (text) => {
    const withoutAddresses = text.replace(IPV6, address).replace(IPV4, address);
    return namePattern ? withoutAddresses.replace(namePattern, (found) => names.get(found.toLowerCase()) ?? found) : withoutAddresses;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
