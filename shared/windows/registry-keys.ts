/**
 * The registry keys and values Workgroup Doctor reads or changes, each spelled once. Commands use the
 * short root (HKLM\…), as reg.exe accepts it and technicians type it; reg.exe prints keys back with the
 * long root (HKEY_LOCAL_MACHINE\…), which longKeyName derives from the same definition.
 */
const HKLM = 'HKLM';

/** Anonymous access: RestrictAnonymous, RestrictAnonymousSAM (KB 246261, KB 328459 Method 1). */
export const LSA_KEY = `${HKLM}\\SYSTEM\\CurrentControlSet\\Control\\Lsa`;
/** The Server service: RestrictNullSessAccess, autodisconnect (what "net config server" writes). */
export const LANMAN_SERVER_PARAMETERS_KEY = `${HKLM}\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters`;
/** The Server service's own key: its Start value is the start type sc qc shows (2 auto, 3 demand, 4 disabled). */
export const LANMAN_SERVER_SERVICE_KEY = `${HKLM}\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer`;
/** Which Windows this is: ProductName, CurrentBuildNumber, EditionID … */
export const CURRENT_VERSION_KEY = `${HKLM}\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion`;
/** One subkey per printer, named after it, with its Attributes and "Share Name". */
export const PRINTERS_KEY = `${HKLM}\\SYSTEM\\CurrentControlSet\\Control\\Print\\Printers`;
/** The code pages: OEMCP is the console's. */
export const CODE_PAGE_KEY = `${HKLM}\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage`;

/** A printer's own key under PRINTERS_KEY. */
export function printerKey(printer: string): string {
  return `${PRINTERS_KEY}\\${printer}`;
}

/** "Network access: Do not allow anonymous enumeration of SAM accounts and shares" (Lsa). */
export const RESTRICT_ANONYMOUS_VALUE = 'RestrictAnonymous';
/** "Network access: Do not allow anonymous enumeration of SAM accounts" (Lsa). */
export const RESTRICT_ANONYMOUS_SAM_VALUE = 'RestrictAnonymousSAM';
/** "Network access: Restrict anonymous access to Named Pipes and Shares" (LanmanServer\Parameters). */
export const RESTRICT_NULL_SESS_ACCESS_VALUE = 'RestrictNullSessAccess';
/** The idle time after which the Server service closes a session, in minutes (LanmanServer\Parameters). */
export const AUTODISCONNECT_VALUE = 'autodisconnect';
/** "Network access: Sharing and security model for local accounts": 1 is "Guest only" (Lsa). */
export const FORCE_GUEST_VALUE = 'forceguest';
/** A printer key's attribute bits (see PRINTER_ATTRIBUTE_SHARED) and the name it is shared under. */
export const PRINTER_ATTRIBUTES_VALUE = 'Attributes';
export const PRINTER_SHARE_NAME_VALUE = 'Share Name';
/** The console's OEM code page, in CODE_PAGE_KEY. */
export const OEM_CODE_PAGE_VALUE = 'OEMCP';

const ROOT_NAMES: Readonly<Record<string, string>> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
};

/** "HKLM\System\…" → "HKEY_LOCAL_MACHINE\System\…", as reg.exe prints key names back. */
export function longKeyName(key: string): string {
  const trimmed = key.replace(/\\+$/, '');
  const [root = '', ...rest] = trimmed.split('\\');
  const longRoot = ROOT_NAMES[root.toUpperCase()] ?? root.toUpperCase();
  return [longRoot, ...rest].join('\\');
}

/** Whether two spellings name the same key (either root spelling; the registry ignores case). */
export function sameKey(a: string, b: string): boolean {
  return longKeyName(a).toLowerCase() === longKeyName(b).toLowerCase();
}

/** Whether two value names are the same value (the registry ignores case: "restrictanonymous" on XP). */
export function sameValueName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
