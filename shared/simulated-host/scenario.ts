import type * as v from 'valibot';
import type { DeepReadonly } from '../validation/deep-readonly';
import type {
  COMMAND_FAULT_SCHEMA,
  DISPLAY_LANGUAGE_SCHEMA,
  SCENARIO_SCHEMA,
  SERVER_SETTINGS_SCHEMA,
  SIMULATED_NETBIOS_CONNECTION_SCHEMA,
  SIMULATED_OPEN_FILE_SCHEMA,
  SIMULATED_PRINTER_SCHEMA,
  SIMULATED_REMOTE_SHARE_SCHEMA,
  SIMULATED_REGISTRY_VALUE_SCHEMA,
  SIMULATED_SESSION_SCHEMA,
  SIMULATED_SHARE_SCHEMA,
  SIMULATED_TCP_CONNECTION_SCHEMA,
  TIMELINE_EVENT_SCHEMA,
  TIMELINE_SCHEMA,
  WINDOWS_IDENTITY_SCHEMA,
} from './scenario-schema';

/**
 * A simulated Windows PC, as data. Demo mode and the integration tests run the real command runner
 * against fake net/reg/nbtstat/netstat executables that render this state in Windows' own layouts,
 * in the scenario's display language and console code page, and apply changes to it.
 *
 * The types are inferred from the schemas in scenario-schema.ts (where each field is described), so the
 * type and the check of a scenario file cannot drift apart.
 */
export type Scenario = DeepReadonly<v.InferOutput<typeof SCENARIO_SCHEMA>>;

export type DisplayLanguage = v.InferOutput<typeof DISPLAY_LANGUAGE_SCHEMA>;
export type WindowsIdentity = DeepReadonly<v.InferOutput<typeof WINDOWS_IDENTITY_SCHEMA>>;
export type ServerSettings = DeepReadonly<v.InferOutput<typeof SERVER_SETTINGS_SCHEMA>>;
export type SimulatedSession = DeepReadonly<v.InferOutput<typeof SIMULATED_SESSION_SCHEMA>>;
export type SimulatedOpenFile = DeepReadonly<v.InferOutput<typeof SIMULATED_OPEN_FILE_SCHEMA>>;
export type SimulatedShare = DeepReadonly<v.InferOutput<typeof SIMULATED_SHARE_SCHEMA>>;
export type SimulatedPrinter = DeepReadonly<v.InferOutput<typeof SIMULATED_PRINTER_SCHEMA>>;
export type SimulatedRegistryValue = DeepReadonly<v.InferOutput<typeof SIMULATED_REGISTRY_VALUE_SCHEMA>>;
export type CommandFault = DeepReadonly<v.InferOutput<typeof COMMAND_FAULT_SCHEMA>>;
export type SimulatedNetbiosConnection = DeepReadonly<v.InferOutput<typeof SIMULATED_NETBIOS_CONNECTION_SCHEMA>>;
export type SimulatedTcpConnection = DeepReadonly<v.InferOutput<typeof SIMULATED_TCP_CONNECTION_SCHEMA>>;
export type ScenarioTimeline = DeepReadonly<v.InferOutput<typeof TIMELINE_SCHEMA>>;
export type TimelineEvent = DeepReadonly<v.InferOutput<typeof TIMELINE_EVENT_SCHEMA>>;
export type SimulatedRemoteShare = DeepReadonly<v.InferOutput<typeof SIMULATED_REMOTE_SHARE_SCHEMA>>;
