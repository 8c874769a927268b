import {
  OPERATION_ARGUMENT_CHECKS,
  type ApiHandlers,
  type OperationName,
  type OperationValue,
} from '../../../shared/ipc/contract';
import { ApiFailure, failed, ok, type Envelope } from '../../../shared/ipc/envelope';

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(OPERATION_ARGUMENT_CHECKS, name);
}

/**
 * The single path every renderer request takes, in Electron and in the browser test harness alike:
 * check the operation and its arguments, run the handler, wrap the result or the failure.
 */
export async function dispatchCall(
  handlers: ApiHandlers,
  name: unknown,
  args: readonly unknown[],
  log: (message: string) => void = () => {},
): Promise<Envelope<OperationValue<OperationName>>> {
  if (!isOperationName(name)) return failed('invalid-arguments', `Unknown operation ${String(name)}`);
  const check = OPERATION_ARGUMENT_CHECKS[name] as (args: readonly unknown[]) => boolean;
  if (!check(args)) return failed('invalid-arguments', `Invalid arguments for ${name}`);
  try {
    const handler = handlers[name] as (...a: readonly unknown[]) => unknown;
    return ok((await handler(...args)) as OperationValue<OperationName>);
  } catch (error) {
    if (error instanceof ApiFailure) return failed(error.code, error.message, error.details);
    log(`operation ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return failed('internal', error instanceof Error ? error.message : String(error));
  }
}
