import type { Envelope } from './envelope';

/**
 * The one typed map of everything the renderer may ask of the main process. The preload exposes one
 * function per entry, the main process registers one handler per entry, and both are typed from here;
 * no other file names a channel.
 */

export type AppMode = 'live' | 'demo';

export interface AppInfo {
  readonly version: string;
  /** Node's process.platform of the main process. */
  readonly platform: string;
  readonly mode: AppMode;
  /** Why the app is in demo mode, in plain words (null in live mode). */
  readonly demoReason: DemoReason | null;
}

export type DemoReason = 'not-windows' | 'requested';

/** Operations: name → (arguments) → value. Arguments must be plain data (structured-clone safe). */
export interface ApiOperations {
  getAppInfo(): AppInfo;
}

export type OperationName = keyof ApiOperations;
export type OperationArgs<Name extends OperationName> = Parameters<ApiOperations[Name]>;
export type OperationValue<Name extends OperationName> = ReturnType<ApiOperations[Name]>;

export const OPERATION_CHANNELS = {
  getAppInfo: 'wgd:get-app-info',
} as const satisfies Record<OperationName, `wgd:${string}`>;

/**
 * Validators for the arguments of each operation. The main process runs them on every call before the
 * handler sees anything: the renderer is treated as untrusted input.
 */
export const OPERATION_ARGUMENT_CHECKS: { readonly [Name in OperationName]: (args: readonly unknown[]) => args is OperationArgs<Name> } = {
  getAppInfo: (args): args is [] => args.length === 0,
};

/** Pushes from main to renderer: name → payload. */
export interface ApiEvents {
  /** Placeholder until the scan arrives: the main process says it is still alive. */
  appNotice: { readonly message: string };
}

export type EventName = keyof ApiEvents;

export const EVENT_CHANNELS = {
  appNotice: 'wgd:event:app-notice',
} as const satisfies Record<EventName, `wgd:event:${string}`>;

/** What the preload puts on `window.workgroupDoctor`: one function per operation, one subscriber per event. */
export type WorkgroupDoctorBridge = {
  readonly [Name in OperationName]: (...args: OperationArgs<Name>) => Promise<Envelope<OperationValue<Name>>>;
} & {
  readonly subscribe: <Name extends EventName>(event: Name, listener: (payload: ApiEvents[Name]) => void) => () => void;
};

/** Main-process side: plain async functions, no Electron in sight, so they run under Node in tests. */
export type ApiHandlers = {
  readonly [Name in OperationName]: (...args: OperationArgs<Name>) => Promise<OperationValue<Name>> | OperationValue<Name>;
};

export const BRIDGE_GLOBAL_NAME = 'workgroupDoctor';
