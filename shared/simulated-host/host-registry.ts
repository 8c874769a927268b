import type { Scenario, SimulatedRegistryValue, WindowsIdentity } from './scenario';

export const CURRENT_VERSION_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
export const LSA_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa';
export const LANMAN_SERVER_PARAMETERS_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters';
export const CODE_PAGE_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage';
export const PRINTERS_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Print\\Printers';

/** PRINTER_ATTRIBUTE_SHARED in a printer key's Attributes value. */
export const PRINTER_ATTRIBUTE_SHARED = 0x8;

const ROOT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
};

/** "HKLM\System\…" → "HKEY_LOCAL_MACHINE\System\…", as reg.exe prints key names back. */
export function canonicalKeyName(key: string): string {
  const trimmed = key.replace(/\\+$/, '');
  const [root = '', ...rest] = trimmed.split('\\');
  const fullRoot = ROOT_ABBREVIATIONS[root.toUpperCase()] ?? root.toUpperCase();
  return [fullRoot, ...rest].join('\\');
}

export type RegistryKeyValues = Readonly<Record<string, SimulatedRegistryValue>>;

/**
 * The keys the host has: those in the scenario, plus CurrentVersion and the code page key, which follow
 * from the scenario's Windows identity and code page so they cannot disagree with it.
 */
export function registryKeys(state: Scenario): ReadonlyMap<string, { name: string; values: RegistryKeyValues }> {
  const keys = new Map<string, { name: string; values: RegistryKeyValues }>();
  const add = (name: string, values: RegistryKeyValues) => keys.set(canonicalKeyName(name).toLowerCase(), { name: canonicalKeyName(name), values });
  add(CURRENT_VERSION_KEY, currentVersionValues(state.windows));
  add(CODE_PAGE_KEY, { ACP: { type: 'REG_SZ', data: '1252' }, OEMCP: { type: 'REG_SZ', data: String(state.codePage) }, MACCP: { type: 'REG_SZ', data: '10000' } });
  // Printers live in the registry too; these keys follow from the scenario's printers.
  add(PRINTERS_KEY, { DefaultSpoolDirectory: { type: 'REG_SZ', data: 'C:\\Windows\\system32\\spool\\PRINTERS' } });
  for (const printer of state.printers) {
    add(`${PRINTERS_KEY}\\${printer.name}`, {
      Attributes: { type: 'REG_DWORD', data: 0x240 | (printer.shared ? PRINTER_ATTRIBUTE_SHARED : 0) },
      Name: { type: 'REG_SZ', data: printer.name },
      Port: { type: 'REG_SZ', data: printer.portName },
      'Printer Driver': { type: 'REG_SZ', data: printer.driverName },
      'Share Name': { type: 'REG_SZ', data: printer.shareName },
    });
  }
  for (const [name, values] of Object.entries(state.registry)) add(name, values);
  return keys;
}

export function findKey(state: Scenario, key: string) {
  return registryKeys(state).get(canonicalKeyName(key).toLowerCase()) ?? null;
}

/** A value by name, case-insensitively (Windows keeps the case it was written with). */
export function findValue(values: RegistryKeyValues, name: string): [string, SimulatedRegistryValue] | null {
  const entry = Object.entries(values).find(([valueName]) => valueName.toLowerCase() === name.toLowerCase());
  return entry ?? null;
}

/** The state with one value set (or removed with `value` null), keeping the stored name's case. */
export function withRegistryValue(state: Scenario, key: string, name: string, value: SimulatedRegistryValue | null): Scenario {
  const keyName = canonicalKeyName(key);
  const existingKey = Object.keys(state.registry).find((k) => canonicalKeyName(k).toLowerCase() === keyName.toLowerCase());
  const values = { ...(existingKey ? state.registry[existingKey] : {}) };
  const existingName = Object.keys(values).find((n) => n.toLowerCase() === name.toLowerCase());
  if (existingName !== undefined) delete values[existingName];
  if (value !== null) values[existingName ?? name] = value;
  const registry = { ...state.registry };
  if (existingKey !== undefined) delete registry[existingKey];
  registry[existingKey ?? keyName] = values;
  return { ...state, registry };
}

function currentVersionValues(windows: WindowsIdentity): RegistryKeyValues {
  const values: Record<string, SimulatedRegistryValue> = {};
  for (const [name, data] of Object.entries(windows)) {
    if (typeof data === 'string') values[name] = { type: 'REG_SZ', data };
  }
  values.SystemRoot = { type: 'REG_SZ', data: windows.CurrentVersion.startsWith('5.') ? 'C:\\WINDOWS' : 'C:\\Windows' };
  return values;
}

/** The host's keys at `key` and below, parents first (reg query /s). */
export function keysUnder(state: Scenario, key: string) {
  const prefix = canonicalKeyName(key).toLowerCase();
  return [...registryKeys(state).entries()]
    .filter(([name]) => name === prefix || name.startsWith(`${prefix}\\`))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, entry]) => entry);
}

/** The scenario with one printer shared (under `shareName`) or not, its net share row following suit. */
export function withPrinterSharing(state: Scenario, printerName: string, shared: boolean, shareName: string): Scenario {
  const printer = state.printers.find((p) => p.name.toLowerCase() === printerName.toLowerCase());
  if (!printer) return state;
  const oldShare = printer.shareName.toLowerCase();
  const shares = state.shares.filter((share) => !(share.kind === 'printer' && share.name.toLowerCase() === oldShare));
  return {
    ...state,
    printers: state.printers.map((p) => (p === printer ? { ...p, shared, shareName: shared ? shareName : p.shareName } : p)),
    shares: shared ? [...shares, { name: shareName, resource: printer.portName, remark: printer.name, kind: 'printer' }] : shares,
  };
}

/** Windows XP and 2003 ship reg.exe 3.0, which prints a banner and separates columns with tabs. */
export function usesXpRegLayout(windows: WindowsIdentity): boolean {
  return /^5\./.test(windows.CurrentVersion);
}

/** Get-Printer exists from Windows 8 (NT 6.2) on; XP has no PowerShell at all. */
export function hasGetPrinter(windows: WindowsIdentity): boolean {
  const [major = 0, minor = 0] = windows.CurrentVersion.split('.').map(Number);
  return major > 6 || (major === 6 && minor >= 2);
}

export function hasPowerShell(windows: WindowsIdentity): boolean {
  return !/^5\./.test(windows.CurrentVersion);
}
