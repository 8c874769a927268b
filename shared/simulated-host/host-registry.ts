import { PRINTER_ATTRIBUTE_SHARED } from '../windows/printer-attributes';
import * as windowsKeys from '../windows/registry-keys';
import { longKeyName, OEM_CODE_PAGE_VALUE, PRINTER_ATTRIBUTES_VALUE, PRINTER_SHARE_NAME_VALUE, printerKey } from '../windows/registry-keys';
import { SERVICE_START_TYPE_CODES } from '../windows/server-service';
import { powerShellIncludedIn, printerCmdletsIn } from '../windows/windows-tools';
import { windowsVersionFromRegistry, type WindowsFamily } from '../windows/windows-version';
import type { Scenario, SimulatedRegistryValue, WindowsIdentity } from './scenario';

// The keys of shared/windows/registry-keys.ts as reg.exe prints them back (HKEY_LOCAL_MACHINE\…).
export const CURRENT_VERSION_KEY = longKeyName(windowsKeys.CURRENT_VERSION_KEY);
export const LSA_KEY = longKeyName(windowsKeys.LSA_KEY);
export const LANMAN_SERVER_PARAMETERS_KEY = longKeyName(windowsKeys.LANMAN_SERVER_PARAMETERS_KEY);
export const CODE_PAGE_KEY = longKeyName(windowsKeys.CODE_PAGE_KEY);
export const PRINTERS_KEY = longKeyName(windowsKeys.PRINTERS_KEY);
export const LANMAN_SERVER_SERVICE_KEY = longKeyName(windowsKeys.LANMAN_SERVER_SERVICE_KEY);

export type RegistryKeyValues = Readonly<Record<string, SimulatedRegistryValue>>;

/**
 * The keys the host has: those in the scenario, plus CurrentVersion and the code page key, which follow
 * from the scenario's Windows identity and code page so they cannot disagree with it.
 */
export function registryKeys(state: Scenario): ReadonlyMap<string, { name: string; values: RegistryKeyValues }> {
  const keys = new Map<string, { name: string; values: RegistryKeyValues }>();
  const add = (name: string, values: RegistryKeyValues) => keys.set(longKeyName(name).toLowerCase(), { name: longKeyName(name), values });
  add(CURRENT_VERSION_KEY, currentVersionValues(state.windows));
  add(CODE_PAGE_KEY, {
    ACP: { type: 'REG_SZ', data: '1252' },
    [OEM_CODE_PAGE_VALUE]: { type: 'REG_SZ', data: String(state.codePage) },
    MACCP: { type: 'REG_SZ', data: '10000' },
  });
  // The Server service's key follows from its start type (what sc config changes).
  add(LANMAN_SERVER_SERVICE_KEY, {
    DisplayName: { type: 'REG_SZ', data: 'Server' },
    ImagePath: { type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\system32\\svchost.exe -k netsvcs -p' },
    Start: { type: 'REG_DWORD', data: SERVICE_START_TYPE_CODES[state.serverStartType ?? 'auto'] },
    Type: { type: 'REG_DWORD', data: 0x20 },
  });
  // Printers live in the registry too; these keys follow from the scenario's printers.
  add(PRINTERS_KEY, { DefaultSpoolDirectory: { type: 'REG_SZ', data: 'C:\\Windows\\system32\\spool\\PRINTERS' } });
  for (const printer of state.printers) {
    add(printerKey(printer.name), {
      [PRINTER_ATTRIBUTES_VALUE]: { type: 'REG_DWORD', data: 0x240 | (printer.shared ? PRINTER_ATTRIBUTE_SHARED : 0) },
      Name: { type: 'REG_SZ', data: printer.name },
      Port: { type: 'REG_SZ', data: printer.portName },
      'Printer Driver': { type: 'REG_SZ', data: printer.driverName },
      [PRINTER_SHARE_NAME_VALUE]: { type: 'REG_SZ', data: printer.shareName },
    });
  }
  for (const [name, values] of Object.entries(state.registry)) add(name, values);
  return keys;
}

export function findKey(state: Scenario, key: string) {
  return registryKeys(state).get(longKeyName(key).toLowerCase()) ?? null;
}

/** A value by name, case-insensitively (Windows keeps the case it was written with). */
export function findValue(values: RegistryKeyValues, name: string): [string, SimulatedRegistryValue] | null {
  const entry = Object.entries(values).find(([valueName]) => valueName.toLowerCase() === name.toLowerCase());
  return entry ?? null;
}

/** The state with one value set (or removed with `value` null), keeping the stored name's case. */
export function withRegistryValue(state: Scenario, key: string, name: string, value: SimulatedRegistryValue | null): Scenario {
  const keyName = longKeyName(key);
  const existingKey = Object.keys(state.registry).find((k) => longKeyName(k).toLowerCase() === keyName.toLowerCase());
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
  const prefix = longKeyName(key).toLowerCase();
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

/** Which Windows the simulated PC is, read from its identity as the app reads a real PC's. */
function familyOf(windows: WindowsIdentity): WindowsFamily {
  const values = Object.entries(windows)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([name, data], index) => ({ key: CURRENT_VERSION_KEY, name, type: 'REG_SZ', data, rawData: data, lineNumber: index + 1 }));
  return windowsVersionFromRegistry(values).family;
}

/** The simulated PC has Get-Printer and Set-Printer where that Windows has them (or may: a server). */
export function hasGetPrinter(windows: WindowsIdentity): boolean {
  return printerCmdletsIn(familyOf(windows)) !== 'no';
}

/** The simulated PC has PowerShell where that Windows includes it (XP has none at all). */
export function hasPowerShell(windows: WindowsIdentity): boolean {
  return powerShellIncludedIn(familyOf(windows)) !== 'no';
}
