import { OPERATION_CHANNELS, type ApiHandlers, type OperationName, type OperationValue } from '../../../shared/ipc/contract';
import { ApiFailure, failed, ok, type Envelope } from '../../../shared/ipc/envelope';
import { checkOperationArguments } from '../../../shared/ipc/schemas';
import { previewValue } from '../../../shared/text/preview-value';

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(OPERATION_CHANNELS, name);
}

/**
 * The single path every renderer request takes, in Electron and in the browser test harness alike:
 * check the operation and its arguments, run the handler with the checked copy of the arguments, wrap
 * the result or the failure. A refusal names the operation and the first problem, never more than a
 * short, escaped preview of what was sent.
 */
export async function dispatchCall(
  handlers: ApiHandlers,
  name: unknown,
  args: readonly unknown[],
  log: (message: string) => void = () => {},
): Promise<Envelope<OperationValue<OperationName>>> {
  if (!isOperationName(name)) return failed('invalid-arguments', `Unknown operation ${previewValue(name)}`);
  const checked = checkOperationArguments(name, args);
  if (!checked.ok) return failed('invalid-arguments', `Invalid arguments for ${name}: ${checked.problems[0]}`);
  try {
    const handler = handlers[name] as (...a: readonly unknown[]) => unknown;
    return ok((await handler(...checked.value)) as OperationValue<OperationName>);
  } catch (error) {
    if (error instanceof ApiFailure) return failed(error.code, error.message, error.details);
    log(`operation ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return failed('internal', error instanceof Error ? error.message : String(error));
  }
}
