import * as v from 'valibot';
import { SETTABLE_SERVER_START_TYPES } from '../windows/server-service';
import { plainObject, plainStrictObject } from '../validation/plain-data';
import { FALLBACK_LANGUAGE, LANGUAGE_TAGS } from '../i18n/languages';

/**
 * The shape of a scenario file (shared/simulated-host/scenarios/*.json, or a technician's own), as a
 * schema: scenario.ts infers the Scenario type from it, and parseScenario checks every file against it,
 * so a field the type has is a field the check knows. Objects are strict: a misspelt field ("fault"
 * for "faults") is reported instead of being silently ignored, and so is an unknown kind of anything.
 * They are plain objects too: a list where an object belongs is named as such, not read as one.
 */

const text = v.string();
const wholeNumber = v.pipe(v.number(), v.safeInteger());
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** Lower-case letters, digits and dashes: the id is part of the simulated PC's folder name and of IPC calls. */
export const SCENARIO_ID_SCHEMA = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/, 'must be a scenario id: 1 to 80 lower-case letters, digits and dashes'));

/** Language of the messages net.exe prints ("en", "de"); table layouts do not change with it. */
export const DISPLAY_LANGUAGE_SCHEMA = v.picklist(['en', 'de']);

/** Values of HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion that identify the version. */
export const WINDOWS_IDENTITY_SCHEMA = plainStrictObject({
  ProductName: text,
  CurrentVersion: text,
  CurrentBuildNumber: text,
  /** XP writes "1.511.1 () (Obsolete data - do not use)" here; newer versions the build number. */
  CurrentBuild: text,
  EditionID: v.optional(text),
  DisplayVersion: v.optional(text),
  ReleaseId: v.optional(text),
  CSDVersion: v.optional(text),
  InstallationType: v.optional(text),
});

export const SERVER_SETTINGS_SCHEMA = plainStrictObject({
  comment: text,
  /** What net config server prints as "Software version" ("Windows 10 Pro", "Windows 2002"). */
  softwareVersion: text,
  maxLoggedOnUsers: count,
  maxOpenFilesPerSession: count,
  /** Idle session time in minutes; -1 when autodisconnect is disabled. */
  autodisconnectMinutes: v.pipe(wholeNumber, v.minValue(-1)),
  hidden: v.boolean(),
});

export const SIMULATED_SESSION_SCHEMA = plainStrictObject({
  /** As net session prints it without the backslashes: a name, an IPv4 address or [IPv6]. */
  computer: text,
  /** "" for a null (anonymous) session. */
  user: text,
  clientType: text,
  idleSeconds: count,
  /** The address netstat shows for this client (defaults to the computer when it is an address). */
  address: v.optional(text),
});

export const SIMULATED_OPEN_FILE_SCHEMA = plainStrictObject({
  id: count,
  path: text,
  /** "" when a null session holds it. */
  user: text,
  locks: count,
  /** The session (computer) that holds it: counted in that session's Opens column. */
  computer: text,
});

export const SIMULATED_SHARE_SCHEMA = plainStrictObject({
  name: text,
  /** The folder, or the port for a printer share; "" for IPC$. */
  resource: text,
  remark: text,
  kind: v.picklist(['disk', 'printer', 'ipc', 'special']),
});

export const SIMULATED_PRINTER_SCHEMA = plainStrictObject({
  name: text,
  shareName: text,
  shared: v.boolean(),
  portName: text,
  driverName: text,
});

export const SIMULATED_REGISTRY_VALUE_SCHEMA = plainObject(
  v.variant('type', [
    v.strictObject({ type: v.picklist(['REG_DWORD', 'REG_QWORD']), data: count }),
    v.strictObject({ type: v.picklist(['REG_SZ', 'REG_EXPAND_SZ']), data: text }),
    v.strictObject({ type: v.literal('REG_MULTI_SZ'), data: v.array(text) }),
    /** Hex digits, as reg query prints them. */
    v.strictObject({ type: v.literal('REG_BINARY'), data: text }),
  ]),
);

/** Only when the command line (arguments joined by spaces) contains this text. */
const when = v.optional(text);

export const COMMAND_FAULT_SCHEMA = plainObject(
  v.variant('kind', [
    v.strictObject({ kind: v.literal('missing'), when }),
    v.strictObject({ kind: v.literal('hang'), when }),
    v.strictObject({ kind: v.literal('access-denied'), when }),
    v.strictObject({ kind: v.literal('system-error'), code: count, when }),
    v.strictObject({ kind: v.literal('garbage'), text, when }),
    v.strictObject({ kind: v.literal('delay'), ms: count, when }),
  ]),
);

export const SIMULATED_NETBIOS_CONNECTION_SCHEMA = plainStrictObject({
  localName: text,
  state: text,
  direction: v.picklist(['In', 'Out']),
  remoteHost: text,
  input: text,
  output: text,
});

export const SIMULATED_TCP_CONNECTION_SCHEMA = plainStrictObject({
  local: text,
  foreign: text,
  state: v.picklist(['LISTENING', 'ESTABLISHED', 'TIME_WAIT', 'CLOSE_WAIT']),
  pid: count,
});

const seconds = v.pipe(v.number(), v.finite(), v.minValue(0));

/** A computer connecting or going away at a moment of a simulated PC's day (seconds after it began). */
export const TIMELINE_EVENT_SCHEMA = plainObject(
  v.variant('kind', [
    v.strictObject({
      kind: v.literal('join'),
      atSeconds: seconds,
      session: SIMULATED_SESSION_SCHEMA,
      /** What it holds open from the start (a printer channel is \PIPE\spoolss), counted in its Opens. */
      openFiles: v.optional(v.array(plainStrictObject({ id: count, path: text, locks: count }))),
    }),
    /** Ends that computer's connection with this user name ("" for its anonymous one) and closes its files. */
    v.strictObject({ kind: v.literal('leave'), atSeconds: seconds, computer: text, user: text }),
  ]),
);

/**
 * The day of a simulated PC that lives (demo mode): computers connect and leave by the clock, so the
 * monitor shows the slots filling up. The day begins when the PC is first read after a watch started;
 * until then the PC is as the scenario describes it. With loopSeconds it begins again after that long,
 * for a class demonstration that runs all day.
 */
export const TIMELINE_SCHEMA = v.pipe(
  plainStrictObject({
    loopSeconds: v.optional(v.pipe(v.number(), v.finite(), v.minValue(1))),
    events: v.array(TIMELINE_EVENT_SCHEMA),
  }),
  v.check(
    (timeline) => timeline.events.every((event, i, all) => i === 0 || all[i - 1]!.atSeconds <= event.atSeconds),
    'events must be in the order of their atSeconds',
  ),
  v.check(
    (timeline) => timeline.loopSeconds === undefined || timeline.events.every((event) => event.atSeconds < timeline.loopSeconds!),
    'loopSeconds must come after the last event',
  ),
);

export const SIMULATED_REMOTE_SHARE_SCHEMA = plainStrictObject({
  name: text,
  /** As net view prints it: Disk, Print, IPC. */
  type: text,
  comment: text,
});

/** Another computer as net view \\NAME finds it: the shares it lists, or the system error it answers with. */
export const SIMULATED_REMOTE_COMPUTER_SCHEMA = plainStrictObject({
  shares: v.optional(v.array(SIMULATED_REMOTE_SHARE_SCHEMA)),
  /** 71 full (its connection limit), 5 access denied, 51 not reachable …; when given, no shares are listed. */
  systemError: v.optional(count),
});

/** Names that key a record of the file; plainObject refuses the ones that reach a prototype. */
const recordOf = <const Value extends v.GenericSchema>(value: Value) => plainObject(v.record(text, value));

/** The languages a scenario's words can be given in besides its own English title and description. */
const TRANSLATED_LANGUAGE_TAGS = LANGUAGE_TAGS.filter((tag) => tag !== FALLBACK_LANGUAGE);

/**
 * A scenario's title and description in other languages, by language tag ("th", "de"); a language
 * without them shows the English. A tag the app does not speak is refused by name, so a misspelt one
 * ("ge" for German) does not leave the German reader with English unnoticed.
 */
export const SCENARIO_TRANSLATIONS_SCHEMA = plainObject(v.record(v.picklist(TRANSLATED_LANGUAGE_TAGS), plainStrictObject({ title: text, description: text })));

export const SCENARIO_SCHEMA = plainStrictObject({
  id: SCENARIO_ID_SCHEMA,
  /** Shown in the demo picker, in English; other languages' words are in translations. */
  title: text,
  description: text,
  translations: v.optional(SCENARIO_TRANSLATIONS_SCHEMA),
  /** Whether other PCs connect to this one (host) or this one shares a printer with others (client). */
  role: v.picklist(['host', 'client']),
  computerName: text,
  windows: WINDOWS_IDENTITY_SCHEMA,
  displayLanguage: DISPLAY_LANGUAGE_SCHEMA,
  /** The console's OEM code page: 437 (US), 850 (Western Europe), 874 (Thai), 936 (Chinese) … */
  codePage: v.pipe(v.number('must be a code page number'), v.safeInteger('must be a code page number'), v.minValue(1, 'must be a code page number')),
  elevated: v.boolean(),
  serverServiceRunning: v.boolean(),
  /** The Server service's start type, as sc qc shows it and sc config sets it; "auto" when not given. */
  serverStartType: v.optional(v.picklist(SETTABLE_SERVER_START_TYPES)),
  server: SERVER_SETTINGS_SCHEMA,
  sessions: v.array(SIMULATED_SESSION_SCHEMA),
  openFiles: v.array(SIMULATED_OPEN_FILE_SCHEMA),
  shares: v.array(SIMULATED_SHARE_SCHEMA),
  printers: v.array(SIMULATED_PRINTER_SCHEMA),
  /** Registry keys (full HKLM\… path) → value name → value. */
  registry: recordOf(recordOf(SIMULATED_REGISTRY_VALUE_SCHEMA)),
  /** Commands that misbehave, keyed by program and first argument: "net session", "nbtstat", "reg query". */
  faults: v.optional(recordOf(COMMAND_FAULT_SCHEMA)),
  /** NetBIOS sessions for nbtstat -s. */
  netbiosConnections: v.optional(v.array(SIMULATED_NETBIOS_CONNECTION_SCHEMA)),
  /** Extra TCP rows for netstat besides the listeners and the SMB connections implied by the sessions. */
  extraConnections: v.optional(v.array(SIMULATED_TCP_CONNECTION_SCHEMA)),
  /** Computers that connect and leave by the clock while the PC is watched (see TIMELINE_SCHEMA). */
  timeline: v.optional(TIMELINE_SCHEMA),
  /** Other computers this PC can ask with net view \\NAME, by name; any other name is not found (53). */
  remoteComputers: v.optional(recordOf(SIMULATED_REMOTE_COMPUTER_SCHEMA)),
});
