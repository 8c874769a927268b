/**
 * What connecting to another computer answers, by the number of "System error N" (net view \\NAME,
 * net use \\NAME\IPC$): read from the number, never from the localized sentence.
 *   71  ERROR_REQ_NOT_ACCEP: that computer has reached its connection limit (KB 328459)
 *   53  ERROR_BAD_NETPATH: the name was not found on the network
 *    5  ERROR_ACCESS_DENIED: it answered, but does not let this PC list its shares without logging on
 *   51  ERROR_REM_NOT_LIST: the name is known but the computer does not answer
 */
export const REMOTE_ANSWERS_BY_ERROR = { 71: 'at-limit', 53: 'not-found', 5: 'access-denied', 51: 'unreachable' } as const;

export type RemoteRefusal = (typeof REMOTE_ANSWERS_BY_ERROR)[keyof typeof REMOTE_ANSWERS_BY_ERROR] | 'other-error';

export function remoteRefusalFor(errorNumber: number): RemoteRefusal {
  return Object.hasOwn(REMOTE_ANSWERS_BY_ERROR, errorNumber) ? REMOTE_ANSWERS_BY_ERROR[errorNumber as keyof typeof REMOTE_ANSWERS_BY_ERROR] : 'other-error';
}

/** How long net view may take: a name that does not answer takes Windows tens of seconds to give up on. */
export const NET_VIEW_TIMEOUT_MS = 90_000;
