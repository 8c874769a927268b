/**
 * A simulated Windows PC, as data. Demo mode and the integration tests run the real command runner
 * against fake net/reg/nbtstat/netstat executables that render this state in Windows' own layouts,
 * in the scenario's display language and console code page, and apply changes to it.
 */
export interface Scenario {
  readonly id: string;
  /** Shown in the demo picker. */
  readonly title: string;
  readonly description: string;
  /** Whether other PCs connect to this one (host) or this one shares a printer with others (client). */
  readonly role: 'host' | 'client';
  readonly computerName: string;
  /** Values of HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion that identify the version. */
  readonly windows: WindowsIdentity;
  /** Language of the messages net.exe prints ("en", "de"); table layouts do not change with it. */
  readonly displayLanguage: DisplayLanguage;
  /** The console's OEM code page: 437 (US), 850 (Western Europe), 874 (Thai), 936 (Chinese) … */
  readonly codePage: number;
  readonly elevated: boolean;
  readonly serverServiceRunning: boolean;
  readonly server: ServerSettings;
  readonly sessions: readonly SimulatedSession[];
  readonly openFiles: readonly SimulatedOpenFile[];
  readonly shares: readonly SimulatedShare[];
  readonly printers: readonly SimulatedPrinter[];
  /** Registry keys (full HKLM\… path) → value name → value. */
  readonly registry: Readonly<Record<string, Readonly<Record<string, SimulatedRegistryValue>>>>;
  /** Commands that misbehave, keyed by program and first argument: "net session", "nbtstat", "reg query". */
  readonly faults?: Readonly<Record<string, CommandFault>>;
  /** NetBIOS sessions for nbtstat -s. */
  readonly netbiosConnections?: readonly SimulatedNetbiosConnection[];
  /** Extra TCP rows for netstat besides the listeners and the SMB connections implied by the sessions. */
  readonly extraConnections?: readonly SimulatedTcpConnection[];
}

export type DisplayLanguage = 'en' | 'de';

export interface WindowsIdentity {
  readonly ProductName: string;
  readonly CurrentVersion: string;
  readonly CurrentBuildNumber: string;
  /** XP writes "1.511.1 () (Obsolete data - do not use)" here; newer versions the build number. */
  readonly CurrentBuild: string;
  readonly EditionID?: string;
  readonly DisplayVersion?: string;
  readonly ReleaseId?: string;
  readonly CSDVersion?: string;
  readonly InstallationType?: string;
}

export interface ServerSettings {
  readonly comment: string;
  /** What net config server prints as "Software version" ("Windows 10 Pro", "Windows 2002"). */
  readonly softwareVersion: string;
  readonly maxLoggedOnUsers: number;
  readonly maxOpenFilesPerSession: number;
  /** Idle session time in minutes; -1 when autodisconnect is disabled. */
  readonly autodisconnectMinutes: number;
  readonly hidden: boolean;
}

export interface SimulatedSession {
  /** As net session prints it without the backslashes: a name, an IPv4 address or [IPv6]. */
  readonly computer: string;
  /** "" for a null (anonymous) session. */
  readonly user: string;
  readonly clientType: string;
  readonly idleSeconds: number;
  /** The address netstat shows for this client (defaults to the computer when it is an address). */
  readonly address?: string;
}

export interface SimulatedOpenFile {
  readonly id: number;
  readonly path: string;
  /** "" when a null session holds it. */
  readonly user: string;
  readonly locks: number;
  /** The session (computer) that holds it: counted in that session's Opens column. */
  readonly computer: string;
}

export interface SimulatedShare {
  readonly name: string;
  /** The folder, or the port for a printer share; "" for IPC$. */
  readonly resource: string;
  readonly remark: string;
  readonly kind: 'disk' | 'printer' | 'ipc' | 'special';
}

export interface SimulatedPrinter {
  readonly name: string;
  readonly shareName: string;
  readonly shared: boolean;
  readonly portName: string;
  readonly driverName: string;
}

export type SimulatedRegistryValue =
  | { readonly type: 'REG_DWORD' | 'REG_QWORD'; readonly data: number }
  | { readonly type: 'REG_SZ' | 'REG_EXPAND_SZ'; readonly data: string }
  | { readonly type: 'REG_MULTI_SZ'; readonly data: readonly string[] }
  | { readonly type: 'REG_BINARY'; readonly data: string };

export type CommandFault = (
  | { readonly kind: 'missing' }
  | { readonly kind: 'hang' }
  | { readonly kind: 'access-denied' }
  | { readonly kind: 'system-error'; readonly code: number }
  | { readonly kind: 'garbage'; readonly text: string }
  | { readonly kind: 'delay'; readonly ms: number }
) & {
  /** Only when the command line (arguments joined by spaces) contains this text. */
  readonly when?: string;
};

export interface SimulatedNetbiosConnection {
  readonly localName: string;
  readonly state: string;
  readonly direction: 'In' | 'Out';
  readonly remoteHost: string;
  readonly input: string;
  readonly output: string;
}

export interface SimulatedTcpConnection {
  readonly local: string;
  readonly foreign: string;
  readonly state: 'LISTENING' | 'ESTABLISHED' | 'TIME_WAIT' | 'CLOSE_WAIT';
  readonly pid: number;
}
