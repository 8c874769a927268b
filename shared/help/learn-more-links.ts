/**
 * The only pages outside the app that Workgroup Doctor links to: Microsoft's own articles on what it
 * diagnoses. The window opens exactly these addresses in the user's browser and nothing else, so a
 * link in the page (or text a scanned PC printed) cannot send the user anywhere else. Each is named
 * in the catalog as learnMore.<id>.
 */
export const LEARN_MORE_LINKS = {
  /** KB 328459, "Troubleshooting Server Message Block inbound connection limit in Windows peer-to-peer workgroup": the cause and Methods 1 and 2. */
  'kb-328459': 'https://support.microsoft.com/kb/328459',
  /** KB 314882, "Inbound connections limit in Windows XP": the 10 and 5 connection limits, and autodisconnect. */
  'kb-314882': 'https://support.microsoft.com/kb/314882',
  /** KB 297684, "Mapped drive connection to network share may be lost": what autodisconnect does, and why drives show a red cross. */
  'kb-297684': 'https://support.microsoft.com/kb/297684',
  /** The security policy behind RestrictAnonymous on Windows XP and later. */
  'anonymous-enumeration-policy':
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/network-access-do-not-allow-anonymous-enumeration-of-sam-accounts-and-shares',
} as const;

export type LearnMoreId = keyof typeof LEARN_MORE_LINKS;

const ALLOWED = new Set<string>(Object.values(LEARN_MORE_LINKS));

/** Whether a page may be opened in the user's browser: exactly one of the addresses above. */
export function isLearnMoreUrl(url: string): boolean {
  return ALLOWED.has(url);
}
