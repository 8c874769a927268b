import * as v from 'valibot';
import type { DeepReadonly } from '../validation/deep-readonly';
import { plainObject } from '../validation/plain-data';

const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/**
 * Why a Windows command did not give usable output, in terms that do not depend on the display
 * language. Both the main process (which raises them) and the renderer (which explains them) use this.
 * A collected folder's meta.json carries them too, so what it says is checked against this schema.
 */
export const COMMAND_FAILURE_SCHEMA = plainObject(
  v.variant('kind', [
    /** The program is not where Windows keeps it (or this is not Windows and no simulation is set up). */
    v.strictObject({ kind: v.literal('program-missing'), path: v.string() }),
    /** The program exists but could not be started (permissions, a broken file). */
    v.strictObject({ kind: v.literal('could-not-start'), reason: v.string() }),
    v.strictObject({ kind: v.literal('timed-out'), timeoutMs: count }),
    /** Stopped because the user cancelled. */
    v.strictObject({ kind: v.literal('cancelled') }),
    v.strictObject({ kind: v.literal('output-too-large'), limitBytes: count }),
    /** System error 5: the command needs an administrator. */
    v.strictObject({ kind: v.literal('access-denied') }),
    /** NET HELPMSG 2114: the Server service (LanmanServer) is not running. */
    v.strictObject({ kind: v.literal('server-service-stopped') }),
    /** Any other "System error N" / "NET HELPMSG N". */
    v.strictObject({ kind: v.literal('system-error'), code: count }),
    /** A non-zero exit code with no error number in the output (negative for a signal on Windows' side). */
    v.strictObject({ kind: v.literal('exit-code'), exitCode: v.pipe(v.number(), v.safeInteger()) }),
    /** The command answered, but what it printed could not be read as its output (the reason, for technicians). */
    v.strictObject({ kind: v.literal('unreadable-output'), reason: v.string() }),
  ]),
);

export type CommandFailure = DeepReadonly<v.InferOutput<typeof COMMAND_FAILURE_SCHEMA>>;

export type CommandFailureKind = CommandFailure['kind'];

export const ACCESS_DENIED_ERROR = 5;
export const SERVER_SERVICE_NOT_STARTED_ERROR = 2114;

/** The failure a Windows error number stands for: two numbers have their own meaning here. */
export function failureFromErrorNumber(code: number): CommandFailure {
  if (code === ACCESS_DENIED_ERROR) return { kind: 'access-denied' };
  if (code === SERVER_SERVICE_NOT_STARTED_ERROR) return { kind: 'server-service-stopped' };
  return { kind: 'system-error', code };
}

/** Compile-time proof that a switch covers every case. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

/** One English sentence per failure, for logs and the CLI; the UI uses its message catalog instead. */
export function describeCommandFailure(failure: CommandFailure): string {
  switch (failure.kind) {
    case 'program-missing':
      return `The program ${failure.path} was not found.`;
    case 'could-not-start':
      return `The program could not be started (${failure.reason}).`;
    case 'timed-out':
      return `The command did not finish within ${Math.round(failure.timeoutMs / 1000)} seconds and was stopped.`;
    case 'cancelled':
      return 'The command was stopped because the scan was cancelled.';
    case 'output-too-large':
      return `The command printed more than ${Math.round(failure.limitBytes / 1024 / 1024)} MB and was stopped.`;
    case 'access-denied':
      return 'Access is denied (System error 5): this needs a window started with "Run as administrator".';
    case 'server-service-stopped':
      return 'The Server service is not started (NET HELPMSG 2114), so this PC shares nothing at the moment.';
    case 'system-error':
      return `Windows reported System error ${failure.code} (see "NET HELPMSG ${failure.code}").`;
    case 'exit-code':
      return `The command failed with exit code ${failure.exitCode}.`;
    case 'unreadable-output':
      return `What the command printed could not be read (${failure.reason}).`;
    default:
      return assertNever(failure);
  }
}
