import type { RegValue } from '../parsers/reg-query';

/**
 * Which Windows a machine runs, read from `reg query "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion"`
 * (and, when also queried, `HKLM\SYSTEM\CurrentControlSet\Control\ProductOptions`, the only place that
 * tells XP Home from XP Professional: its ProductSuite holds "Personal", the suite Microsoft's
 * "OSVERSIONINFOEXA structure" page calls VER_SUITE_PERSONAL). Windows 11 still calls itself "Windows 10"
 * in ProductName; its CurrentBuild is 22000 or later.
 */
export type WindowsFamily = 'nt4' | '2000' | 'xp' | 'server-2003' | 'vista' | '7' | '8' | '8.1' | '10' | '11' | 'server' | 'unknown';

export interface WindowsVersion {
  readonly family: WindowsFamily;
  /** ProductName, with "Windows 10" corrected to "Windows 11" from build 22000 on; null when absent. */
  readonly name: string | null;
  /** CurrentBuildNumber (XP's CurrentBuild holds "1.511.1 () (Obsolete data - do not use)"). */
  readonly build: number | null;
  /** EditionID as stored ("Core", "Professional", "HomeBasic", …); XP and older have none. */
  readonly edition: string | null;
  /** The edition in plain words: "Home", "Pro", "Enterprise", "Education", "Home Basic", … */
  readonly editionName: string | null;
  readonly isServer: boolean;
  /** DisplayVersion ("23H2"), or the older ReleaseId ("1909") when DisplayVersion is absent. */
  readonly displayVersion: string | null;
  /** CSDVersion ("Service Pack 3"). */
  readonly servicePack: string | null;
}

const CURRENT_VERSION_KEY = /\\Windows NT\\CurrentVersion$/i;
const PRODUCT_OPTIONS_KEY = /\\Control\\ProductOptions$/i;

export function windowsVersionFromRegistry(values: readonly RegValue[]): WindowsVersion {
  const currentVersion = valuesUnder(values, CURRENT_VERSION_KEY);
  const productOptions = values.filter((value) => PRODUCT_OPTIONS_KEY.test(value.key));
  const text = (name: string): string | null => textValue(currentVersion, name);

  const productName = text('ProductName');
  const edition = text('EditionID');
  const build = buildNumber(text('CurrentBuildNumber'), text('CurrentBuild'));
  const majorVersion = numberValue(currentVersion, 'CurrentMajorVersionNumber');
  const productType = textValue(productOptions, 'ProductType');

  const isServer =
    /server/i.test(text('InstallationType') ?? '') ||
    /server/i.test(edition ?? '') ||
    /server/i.test(productName ?? '') ||
    // ProductOptions\ProductType: WinNT = workstation, ServerNT = member server, LanmanNT = domain controller.
    /^(ServerNT|LanmanNT)$/i.test(productType ?? '');

  const family = familyOf({ build, majorVersion, version: text('CurrentVersion'), productName, isServer });
  return {
    family,
    name: displayName(productName, build, isServer),
    build,
    edition,
    editionName: edition !== null ? editionWords(edition) : xpEditionName(family, productOptions),
    isServer,
    displayVersion: text('DisplayVersion') ?? text('ReleaseId'),
    servicePack: text('CSDVersion'),
  };
}

/** Values from the CurrentVersion key; values from any key when the caller passed none from it. */
function valuesUnder(values: readonly RegValue[], key: RegExp): readonly RegValue[] {
  const underKey = values.filter((value) => key.test(value.key));
  return underKey.length > 0 ? underKey : values;
}

function textValue(values: readonly RegValue[], name: string): string | null {
  const wanted = name.toLowerCase();
  const value = values.find((candidate) => candidate.name.toLowerCase() === wanted);
  if (!value || typeof value.data !== 'string') return null;
  const trimmed = value.data.trim();
  return trimmed === '' ? null : trimmed;
}

function numberValue(values: readonly RegValue[], name: string): number | null {
  const wanted = name.toLowerCase();
  const value = values.find((candidate) => candidate.name.toLowerCase() === wanted);
  return value && typeof value.data === 'number' ? value.data : null;
}

function buildNumber(currentBuildNumber: string | null, currentBuild: string | null): number | null {
  for (const candidate of [currentBuildNumber, currentBuild]) {
    if (candidate !== null && /^\d{1,6}$/.test(candidate)) return Number(candidate);
  }
  return null;
}

interface FamilyEvidence {
  readonly build: number | null;
  readonly majorVersion: number | null;
  readonly version: string | null;
  readonly productName: string | null;
  readonly isServer: boolean;
}

function familyOf(evidence: FamilyEvidence): WindowsFamily {
  const client = clientFamily(evidence);
  if (!evidence.isServer) return client;
  // XP x64 shares build 3790 with Server 2003 but is not a server: isServer decides.
  return client === 'xp' ? 'server-2003' : client === 'unknown' ? 'unknown' : 'server';
}

/**
 * The build decides first: CurrentVersion is frozen at "6.3" on Windows 10 and 11, and ProductName
 * says "Windows 10" on Windows 11.
 */
function clientFamily({ build, majorVersion, version, productName }: FamilyEvidence): WindowsFamily {
  if (build !== null) {
    if (build >= 22000) return '11';
    if (build >= 10240) return '10';
    if (build >= 9600) return '8.1';
    if (build >= 9200) return '8';
    if (build >= 7600) return '7';
    if (build >= 6000) return 'vista';
    if (build >= 2600) return 'xp';
    if (build >= 2195) return '2000';
    if (build >= 1381) return 'nt4';
  }
  if (majorVersion !== null && majorVersion >= 10) return /Windows 11/i.test(productName ?? '') ? '11' : '10';
  const byName = familyFromProductName(productName);
  if (byName) return byName;
  switch (version) {
    case '6.3':
      return '8.1';
    case '6.2':
      return '8';
    case '6.1':
      return '7';
    case '6.0':
      return 'vista';
    case '5.2':
    case '5.1':
      return 'xp';
    case '5.0':
      return '2000';
    case '4.0':
      return 'nt4';
    default:
      return 'unknown';
  }
}

function familyFromProductName(productName: string | null): WindowsFamily | null {
  if (productName === null) return null;
  const patterns: ReadonlyArray<readonly [RegExp, WindowsFamily]> = [
    [/Windows 11\b/i, '11'],
    [/Windows 10\b/i, '10'],
    [/Windows 8\.1\b/i, '8.1'],
    [/Windows 8\b/i, '8'],
    [/Windows 7\b/i, '7'],
    [/Windows Vista\b/i, 'vista'],
    [/Windows XP\b/i, 'xp'],
    [/Windows Server 2003\b/i, 'xp'],
    [/Windows 2000\b/i, '2000'],
  ];
  return patterns.find(([pattern]) => pattern.test(productName))?.[1] ?? null;
}

function displayName(productName: string | null, build: number | null, isServer: boolean): string | null {
  if (productName === null) return null;
  if (!isServer && build !== null && build >= 22000) return productName.replace(/\bWindows 10\b/, 'Windows 11');
  return productName;
}

// EditionID → plain words. Suffixes mark variants that do not change the edition's limits:
// N (no media player), KN, SingleLanguage, CountrySpecific, Eval(uation), WMC.
const EDITION_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Core/i, 'Home'],
  [/^HomeBasic/i, 'Home Basic'],
  [/^HomePremium/i, 'Home Premium'],
  [/^Starter/i, 'Starter'],
  [/^ProfessionalWorkstation/i, 'Pro for Workstations'],
  [/^ProfessionalEducation/i, 'Pro Education'],
  [/^Professional/i, 'Pro'],
  [/^Business/i, 'Business'],
  [/^Ultimate/i, 'Ultimate'],
  [/^Education/i, 'Education'],
  [/^ServerRdsh/i, 'Enterprise multi-session'],
  [/^(Enterprise|IoTEnterprise)/i, 'Enterprise'],
  [/^CloudEdition/i, 'SE'],
  [/^Cloud/i, 'S'],
  [/^Server(Standard)/i, 'Standard'],
  [/^Server(Datacenter)/i, 'Datacenter'],
  [/^Server(Essentials|Solution)/i, 'Essentials'],
  [/^ServerWeb/i, 'Web'],
  [/^ServerFoundation/i, 'Foundation'],
  [/^Server/i, 'Server'],
];

function editionWords(editionId: string): string {
  return EDITION_WORDS.find(([pattern]) => pattern.test(editionId))?.[1] ?? editionId;
}

/**
 * XP has no EditionID, and its ProductName is "Microsoft Windows XP" on Home and Professional alike.
 * Home is the only edition whose ProductOptions\ProductSuite (REG_MULTI_SZ) lists "Personal" (Windows
 * derives VER_SUITE_PERSONAL from it); without that key the edition stays unknown.
 */
function xpEditionName(family: WindowsFamily, productOptions: readonly RegValue[]): string | null {
  if (family !== 'xp' || productOptions.length === 0) return null;
  const suite = productOptions.find((value) => value.name.toLowerCase() === 'productsuite');
  const entries = suite === undefined ? [] : Array.isArray(suite.data) ? suite.data : [String(suite.data)];
  return entries.some((entry) => entry.trim().toLowerCase() === 'personal') ? 'Home' : 'Pro';
}
