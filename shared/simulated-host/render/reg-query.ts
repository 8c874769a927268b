import type { DisplayLanguage, SimulatedRegistryValue } from '../scenario';
import { consoleLines } from './console-text';
import { netText } from './messages';

/**
 * A registry value as the renderer takes it: the scenario's value, or a REG_QWORD held as a bigint so a
 * FILETIME above 2^53 prints every digit.
 */
export type RenderRegistryValue = SimulatedRegistryValue | { readonly type: 'REG_QWORD'; readonly data: bigint };

export interface RegQueryOptions {
  /** Windows XP / 2003's reg.exe 3.0: a banner, and TABs between name, type and data. */
  readonly xpLayout?: boolean;
  /** For the default value's name, "(Default)" / "(Standard)"; English when not given. */
  readonly language?: DisplayLanguage;
}

const XP_BANNER = '! REG.EXE VERSION 3.0';

/**
 * `reg query KEY`. Vista and later (as Wine's reg tests expect of Windows, and as the capture
 * reg-query__win11__es__01.txt shows):
 *
 *   (blank)
 *   HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Lsa
 *       LimitBlankPasswordUse    REG_DWORD    0x1
 *       Security Packages    REG_MULTI_SZ    ""
 *   (blank)
 *   HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Lsa\AccessProviders
 *
 * A key without values prints only its subkeys after the first blank line; a key without subkeys ends
 * with the blank line after its values. Windows XP (reg.exe 3.0) puts "! REG.EXE VERSION 3.0" and a
 * blank line first and separates with TABs; it prints the key line even without values (unverified).
 *
 * `subkeys` are full key names; a name without a backslash is taken as relative to `key`.
 */
export function renderRegQueryKey(
  key: string,
  values: Iterable<readonly [string, RenderRegistryValue]>,
  subkeys: readonly string[],
  options: RegQueryOptions = {},
): string {
  const valueLines = [...values].map(([name, value]) => valueLine(name, value, options));
  const subkeyLines = subkeys.map((subkey) => (subkey.includes('\\') ? subkey : `${key}\\${subkey}`));
  if (options.xpLayout === true) return consoleLines(['', XP_BANNER, '', key, ...valueLines, '', ...subkeyLines]);
  const valueBlock = valueLines.length === 0 ? [] : [key, ...valueLines, ''];
  return consoleLines(['', ...valueBlock, ...subkeyLines]);
}

/**
 * `reg query KEY /s`: every key at and below KEY, each with its values and a blank line after it
 * (XP: the banner first).
 */
export function renderRegQueryTree(
  keys: readonly { readonly name: string; readonly values: Iterable<readonly [string, RenderRegistryValue]> }[],
  options: RegQueryOptions = {},
): string {
  const blocks = keys.flatMap((key) => [key.name, ...[...key.values].map(([name, value]) => valueLine(name, value, options)), '']);
  return consoleLines(options.xpLayout === true ? ['', XP_BANNER, '', ...blocks] : ['', ...blocks]);
}

/**
 * `reg query KEY /v NAME`:
 *
 *   (blank)
 *   HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters
 *       autodisconnect    REG_DWORD    0xffffffff
 *   (blank)
 *
 * (XP: the banner and its blank line first, TABs between the fields.)
 */
export function renderRegQueryValue(key: string, name: string, value: RenderRegistryValue, options: RegQueryOptions = {}): string {
  const line = valueLine(name, value, options);
  if (options.xpLayout === true) return consoleLines(['', XP_BANNER, '', key, line, '']);
  return consoleLines(['', key, line, '']);
}

/** reg.exe's error when the key or value does not exist (exit code 1), localized. */
export function renderRegNotFound(language: DisplayLanguage): string {
  return consoleLines([netText(language).reg.notFound]);
}

/** reg add / delete / export / import success: "The operation completed successfully.", localized. */
export function renderRegOperationSucceeded(language: DisplayLanguage): string {
  return consoleLines([netText(language).reg.operationCompleted]);
}

// "    name    TYPE    data" (Vista+: four spaces everywhere); "    name<TAB>TYPE<TAB>data" (XP).
function valueLine(name: string, value: RenderRegistryValue, options: RegQueryOptions): string {
  const shownName = name !== '' ? name : options.xpLayout === true ? '<NO NAME>' : netText(options.language ?? 'en').reg.defaultValueName;
  const separator = options.xpLayout === true ? '\t' : '    ';
  return `    ${shownName}${separator}${value.type}${separator}${formatData(value)}`;
}

/**
 * Data as reg.exe prints it: DWORD and QWORD in lower-case hex with "0x" (a DWORD of -1 as 0xffffffff),
 * REG_MULTI_SZ entries joined by the two characters \0, REG_BINARY as upper-case hex digits, strings as
 * they are.
 */
function formatData(value: RenderRegistryValue): string {
  switch (value.type) {
    case 'REG_DWORD':
      return `0x${(Math.trunc(value.data) >>> 0).toString(16)}`;
    case 'REG_QWORD': {
      const whole = typeof value.data === 'bigint' ? value.data : BigInt(Math.trunc(value.data));
      return `0x${BigInt.asUintN(64, whole).toString(16)}`;
    }
    case 'REG_MULTI_SZ':
      return value.data.join('\\0');
    case 'REG_BINARY':
      return value.data.toUpperCase();
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return value.data;
  }
}
