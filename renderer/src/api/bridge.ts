import {
  BRIDGE_GLOBAL_NAME,
  type ApiEvents,
  type EventName,
  type OperationArgs,
  type OperationName,
  type OperationValue,
  type WorkgroupDoctorBridge,
} from '../../../shared/ipc/contract';
import type { ApiError } from '../../../shared/ipc/envelope';

/** A failed call, carrying the main process's error code for the message catalog. */
export class BridgeError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'BridgeError';
  }
}

function bridge(): WorkgroupDoctorBridge {
  const candidate = (globalThis as unknown as Record<string, WorkgroupDoctorBridge | undefined>)[BRIDGE_GLOBAL_NAME];
  if (!candidate) throw new BridgeError({ code: 'internal', message: 'The preload bridge is missing.' });
  return candidate;
}

/** Calls one operation of the main process and unwraps its envelope; a failure throws BridgeError. */
export async function call<Name extends OperationName>(name: Name, ...args: OperationArgs<Name>): Promise<OperationValue<Name>> {
  const operation = bridge()[name] as (...a: OperationArgs<Name>) => ReturnType<WorkgroupDoctorBridge[Name]>;
  const envelope = await operation(...args);
  if (!envelope.ok) throw new BridgeError(envelope.error);
  return envelope.value as OperationValue<Name>;
}

export function subscribe<Name extends EventName>(event: Name, listener: (payload: ApiEvents[Name]) => void): () => void {
  return bridge().subscribe(event, listener);
}
