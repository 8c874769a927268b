/**
 * Every IPC call resolves to an envelope: Electron passes only `message` of a thrown error across
 * the process boundary, so errors travel as data with a stable code the renderer can explain.
 */
export type Envelope<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export interface ApiError {
  readonly code: ApiErrorCode;
  /** English, for logs and technicians; the UI words come from the message catalog by `code`. */
  readonly message: string;
  readonly details?: unknown;
}

export type ApiErrorCode =
  /** The arguments did not pass the contract's validation; nothing ran. */
  | 'invalid-arguments'
  /** The message did not come from the app's own window; nothing ran. */
  | 'untrusted-sender'
  /** The operation is not allowed at this step (a second apply while one runs, …). */
  | 'not-allowed-now'
  /** A Windows command failed; details carry the CommandFailure. */
  | 'command-failed'
  | 'internal';

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function failed(code: ApiErrorCode, message: string, details?: unknown): Envelope<never> {
  return details === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, details } };
}

/** Thrown by handlers to choose the envelope's code; anything else becomes `internal`. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
