import type { CommandFailure } from '../commands/command-failure';
import { failureFromErrorNumber } from '../commands/command-failure';
import type { NetConfigServer } from '../parsers/net-config-server';
import type { NetFile } from '../parsers/net-file';
import type { NetSession } from '../parsers/net-session';
import type { NetShare } from '../parsers/net-share';
import { smbClientsFromNetstat, type SmbClientConnections } from '../parsers/netstat';
import type { PrinterRecord } from '../parsers/printers-json';
import { printersFromRegistry } from '../parsers/registry-printers';
import { findRegValue, type RegValue } from '../parsers/reg-query';
import { recognizeSystemError } from '../parsers/system-error';
import {
  AUTODISCONNECT_VALUE,
  LSA_KEY,
  RESTRICT_ANONYMOUS_SAM_VALUE,
  RESTRICT_ANONYMOUS_VALUE,
  RESTRICT_NULL_SESS_ACCESS_VALUE,
} from '../windows/registry-keys';
import { autodisconnectFromRegistry, sessionLimitForVersion } from '../windows/session-limit';
import { startTypeFromCode, type ServiceStartType } from '../windows/server-service';
import { windowsVersionFromRegistry, type WindowsVersion } from '../windows/windows-version';
import type { ScServiceConfig } from '../parsers/sc-service';
import { OutputLines, type Evidence } from './evidence';
import { printersFromShares } from './printers-from-shares';
import { SOURCE_READERS, UnreadableOutputError } from './source-readers';
import { SOURCE_IDS, type HostReadings, type SourceId } from './readings';
import { isPrintersSourceApplicable } from './scan-plan';

export type LimitSource = 'net-config-server' | 'edition' | 'unknown';

export interface SessionLimitFact {
  /** Inbound sessions this PC accepts; null when unknown (or no cap). */
  readonly max: number | null;
  readonly source: LimitSource;
  readonly evidence: Evidence | null;
}

/** A registry DWORD as read: `value` null when the value is not set; the fact itself null when unreadable. */
export interface RegistryDword {
  readonly value: number | null;
  readonly evidence: Evidence | null;
}

export interface AutodisconnectFact {
  /** Minutes, -1 for disabled, null when not known. */
  readonly minutes: number | null;
  readonly disabled: boolean;
  readonly evidence: Evidence | null;
}

export interface ServerServiceFact {
  /** How the Server service starts (sc qc lanmanserver); null when that could not be read. */
  readonly startType: ServiceStartType | null;
  readonly startTypeEvidence: Evidence | null;
  /**
   * Whether it runs: false when a server-side net command answered "The Server service is not started"
   * (NET HELPMSG 2114), true when one gave its output, null when none could tell.
   */
  readonly running: boolean | null;
}

export interface SourceFailure {
  readonly source: SourceId;
  readonly failure: CommandFailure;
}

/**
 * Everything the checks need, parsed once from the readings. A fact is null when its source could not
 * be read: checks then say nothing rather than guess.
 */
export interface HostFacts {
  readonly readings: HostReadings;
  readonly lines: OutputLines;
  readonly version: WindowsVersion | null;
  readonly limit: SessionLimitFact;
  readonly sessions: readonly NetSession[] | null;
  readonly openFiles: readonly NetFile[] | null;
  readonly shares: readonly NetShare[] | null;
  /** From Get-Printer (Windows 8+), else from the Print\Printers registry key, else net share's printer shares. */
  readonly printers: readonly PrinterRecord[] | null;
  readonly serverConfig: NetConfigServer | null;
  /** Computers with SMB connections to this PC per netstat: readable without administrator rights. */
  readonly smbClients: readonly SmbClientConnections[] | null;
  readonly restrictAnonymous: RegistryDword | null;
  readonly restrictAnonymousSam: RegistryDword | null;
  readonly restrictNullSessAccess: RegistryDword | null;
  /** Every value of the Lsa and LanmanServer\Parameters keys as read (for fixes and their undo). */
  readonly lsaValues: readonly RegValue[] | null;
  readonly lanmanServerValues: readonly RegValue[] | null;
  readonly autodisconnect: AutodisconnectFact | null;
  readonly serverService: ServerServiceFact;
  readonly elevated: boolean | null;
  readonly failures: readonly SourceFailure[];
}

/**
 * The text of a source that was read and holds the command's output, or null: a saved file can hold
 * an error instead ("System error 5 has occurred.").
 */
export function usableSourceText(readings: HostReadings, source: SourceId): string | null {
  const reading = readings.sources[source];
  if (reading.status !== 'ok') return null;
  const error = recognizeSystemError(reading.text);
  return error && !looksLikeOutput(source, reading.text) ? null : reading.text;
}

/** The tables the wizard shows, each parsed only when asked for (null when the source is unusable). */
export const readTable = {
  sessions: (readings: HostReadings) => parseUsable(readings, 'net-session', SOURCE_READERS.sessions),
  openFiles: (readings: HostReadings) => parseUsable(readings, 'net-file', SOURCE_READERS.openFiles),
  shares: (readings: HostReadings) => parseUsable(readings, 'net-share', SOURCE_READERS.shares),
};

/**
 * A source's parsed output, or null when it is unusable. Parsers are meant to be total, but a source
 * is outside input: should one still throw, that one source is reported as unreadable (to `onFailure`)
 * and the diagnosis goes on from the others.
 */
function parseUsable<T>(
  readings: HostReadings,
  source: SourceId,
  parser: (text: string) => T,
  onFailure: (failure: SourceFailure) => void = () => {},
): T | null {
  const text = usableSourceText(readings, source);
  if (text === null) return null;
  try {
    return parser(text);
  } catch (error) {
    const reason =
      error instanceof UnreadableOutputError
        ? error.message
        : error instanceof Error
          ? `the reader stopped: ${error.name}: ${error.message}`
          : 'the reader stopped';
    onFailure({ source, failure: { kind: 'unreadable-output', reason: reason.slice(0, 200) } });
    return null;
  }
}

export function readHostFacts(readings: HostReadings): HostFacts {
  const failures: SourceFailure[] = [];
  const usableText = (source: SourceId) => usableSourceText(readings, source);
  const parse = <T>(source: SourceId, parser: (text: string) => T) => parseUsable(readings, source, parser, (failure) => failures.push(failure));
  const versionValues = parse('reg-version', SOURCE_READERS.registryValues);
  const version = versionValues && versionValues.length > 0 ? windowsVersionFromRegistry(versionValues) : null;
  for (const source of SOURCE_IDS) {
    const reading = readings.sources[source];
    if (source === 'printers' && version && !isPrintersSourceApplicable(version.family)) continue;
    if (reading.status === 'failed') failures.push({ source, failure: reading.failure });
    if (reading.status === 'ok' && usableText(source) === null) {
      failures.push({ source, failure: failureFromErrorNumber(recognizeSystemError(reading.text)!.code) });
    }
  }
  const lines = new OutputLines((source) => {
    const reading = readings.sources[source];
    return reading.status === 'not-run' ? null : reading.text;
  });

  const serverConfig = parse('net-config-server', SOURCE_READERS.serverConfig);
  const shares = parse('net-share', SOURCE_READERS.shares);
  const printers =
    parse('printers', SOURCE_READERS.printers) ??
    parse('reg-printers', (text) => printersFromRegistry(SOURCE_READERS.registryValues(text))) ??
    (shares && printersFromShares(shares));
  const lsa = parse('reg-lsa', SOURCE_READERS.registryValues);
  const lanmanServer = parse('reg-lanmanserver', SOURCE_READERS.registryValues);

  return {
    readings,
    lines,
    version,
    limit: sessionLimitFact(serverConfig, version, lines),
    sessions: parse('net-session', SOURCE_READERS.sessions),
    openFiles: parse('net-file', SOURCE_READERS.openFiles),
    shares,
    printers,
    serverConfig,
    smbClients: parse('netstat', (text) => smbClientsFromNetstat(SOURCE_READERS.connections(text))),
    restrictAnonymous: lsa && registryDword(lsa, RESTRICT_ANONYMOUS_VALUE, 'reg-lsa', lines, LSA_KEY),
    restrictAnonymousSam: lsa && registryDword(lsa, RESTRICT_ANONYMOUS_SAM_VALUE, 'reg-lsa', lines, LSA_KEY),
    restrictNullSessAccess: lanmanServer && registryDword(lanmanServer, RESTRICT_NULL_SESS_ACCESS_VALUE, 'reg-lanmanserver', lines),
    lsaValues: lsa,
    lanmanServerValues: lanmanServer,
    autodisconnect: autodisconnectFact(serverConfig, lanmanServer, lines),
    serverService: serverServiceFact(parse('sc-lanmanserver', SOURCE_READERS.serviceConfig), readings, failures, lines),
    elevated: readings.elevated,
    failures,
  };
}

/** A table in the text means the command worked, whatever else the text says. */
function looksLikeOutput(source: SourceId, text: string): boolean {
  if (source === 'printers') return text.trim().startsWith('[') || text.trim().startsWith('{');
  return /^\s*-{20,}\s*$/m.test(text) || /^\s*HKEY_/m.test(text);
}

function sessionLimitFact(config: NetConfigServer | null, version: WindowsVersion | null, lines: OutputLines): SessionLimitFact {
  if (config?.maxLoggedOnUsers != null) {
    // The first numeric field net config server prints is the session limit.
    const field = config.fields.find((f) => f.value.trim() === String(config.maxLoggedOnUsers));
    return {
      max: config.maxLoggedOnUsers,
      source: 'net-config-server',
      evidence: field ? lines.line('net-config-server', field.lineNumber) : null,
    };
  }
  if (version) {
    const fromEdition = sessionLimitForVersion(version);
    if (fromEdition.max !== null) return { max: fromEdition.max, source: 'edition', evidence: null };
  }
  return { max: null, source: 'unknown', evidence: null };
}

function registryDword(values: readonly RegValue[], name: string, source: SourceId, lines: OutputLines, key?: string): RegistryDword {
  const value = findRegValue(values, name, key) ?? findRegValue(values, name);
  if (!value || typeof value.data !== 'number') return { value: null, evidence: null };
  return { value: value.data, evidence: lines.line(source, value.lineNumber) };
}

/** The commands that answer only while the Server service runs. */
const SERVER_SIDE_SOURCES: readonly SourceId[] = ['net-session', 'net-file', 'net-share', 'net-config-server'];

function serverServiceFact(config: ScServiceConfig | null, readings: HostReadings, failures: readonly SourceFailure[], lines: OutputLines): ServerServiceFact {
  const stopped = failures.some((failure) => SERVER_SIDE_SOURCES.includes(failure.source) && failure.failure.kind === 'server-service-stopped');
  const answered = SERVER_SIDE_SOURCES.some((source) => usableSourceText(readings, source) !== null);
  return {
    startType: config?.startType == null ? null : startTypeFromCode(config.startType),
    startTypeEvidence: config?.startTypeLineNumber == null ? null : lines.line('sc-lanmanserver', config.startTypeLineNumber),
    running: stopped ? false : answered ? true : null,
  };
}

function autodisconnectFact(config: NetConfigServer | null, lanmanServer: readonly RegValue[] | null, lines: OutputLines): AutodisconnectFact | null {
  // net config server shows the live value; the registry shows what is stored (and may be absent).
  if (config?.idleSessionMinutes != null) {
    // The idle time is the last field net config server prints.
    const field = config.fields.findLast((f) => f.value.trim() === String(config.idleSessionMinutes));
    return {
      minutes: config.idleSessionMinutes,
      disabled: config.idleSessionMinutes === -1,
      evidence: field ? lines.line('net-config-server', field.lineNumber) : null,
    };
  }
  if (!lanmanServer) return null;
  const value = findRegValue(lanmanServer, AUTODISCONNECT_VALUE);
  if (!value || typeof value.data !== 'number') return null;
  const interpreted = autodisconnectFromRegistry(value.data);
  return {
    minutes: interpreted.setting,
    disabled: interpreted.disabled,
    evidence: lines.line('reg-lanmanserver', value.lineNumber),
  };
}
