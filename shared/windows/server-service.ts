/**
 * The Server service (LanmanServer): what file and printer sharing runs in. While it is stopped, every
 * server-side net command answers NET HELPMSG 2114 and nobody can connect to this PC at all.
 */

/** Its service name, as sc and net start/stop take it (the display name "Server" is localized). */
export const SERVER_SERVICE_NAME = 'lanmanserver';

/**
 * A service's start type, as "sc config … start=" names it, by the number "sc qc" prints before the
 * (localized) word: START_TYPE : 2 AUTO_START ("sc qc", "sc config", Microsoft Learn; dwStartType of
 * QUERY_SERVICE_CONFIG, winsvc.h). boot and system are for drivers only.
 */
export const SERVICE_START_TYPE_CODES = { boot: 0, system: 1, auto: 2, demand: 3, disabled: 4 } as const;
export type ServiceStartType = keyof typeof SERVICE_START_TYPE_CODES;

/** The start types Workgroup Doctor may set on the Server service, and put back on undo. */
export const SETTABLE_SERVER_START_TYPES = ['auto', 'demand', 'disabled'] as const satisfies readonly ServiceStartType[];
export type SettableServerStartType = (typeof SETTABLE_SERVER_START_TYPES)[number];

/** The start type a number stands for; null for a number no start type has. */
export function startTypeFromCode(code: number): ServiceStartType | null {
  const entry = Object.entries(SERVICE_START_TYPE_CODES).find(([, value]) => value === code);
  return entry ? (entry[0] as ServiceStartType) : null;
}

export function isSettableServerStartType(startType: ServiceStartType | null): startType is SettableServerStartType {
  return (SETTABLE_SERVER_START_TYPES as readonly string[]).includes(startType ?? '');
}

/**
 * A service's current state, by the number "sc query" prints before the (localized) word:
 * STATE : 4 RUNNING (dwCurrentState of SERVICE_STATUS, winsvc.h).
 */
export const SERVICE_STATE_CODES = {
  stopped: 1,
  'start-pending': 2,
  'stop-pending': 3,
  running: 4,
  'continue-pending': 5,
  'pause-pending': 6,
  paused: 7,
} as const;
export type ServiceState = keyof typeof SERVICE_STATE_CODES;

export function serviceStateFromCode(code: number): ServiceState | null {
  const entry = Object.entries(SERVICE_STATE_CODES).find(([, value]) => value === code);
  return entry ? (entry[0] as ServiceState) : null;
}

/** NET HELPMSG 2182: "The requested service has already been started." */
export const SERVICE_ALREADY_STARTED_ERROR = 2182;
/** NET HELPMSG 3521: "The … service is not started." (net stop of a stopped service). */
export const SERVICE_NOT_STARTED_ERROR = 3521;
/** ERROR_SERVICE_DISABLED: net start of a service whose start type is disabled. */
export const SERVICE_DISABLED_ERROR = 1058;
/** ERROR_SERVICE_DOES_NOT_EXIST: sc names a service that is not installed. */
export const NO_SUCH_SERVICE_ERROR = 1060;
