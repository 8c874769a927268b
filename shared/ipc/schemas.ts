import * as v from 'valibot';
import type { PcRole } from '../diagnosis/finding';
import { FIX_REQUEST_SCHEMA } from '../fixes/fix-request';
import { LANGUAGE_TAGS } from '../i18n/languages';
import { MONITOR_INTERVAL_SECONDS } from '../monitor/monitor-interval';
import { REPORT_FORMATS } from '../report/report-file';
import { SCENARIO_ID_SCHEMA } from '../simulated-host/scenario-schema';
import { isDenseArray, plainStrictObject } from '../validation/plain-data';
import { validate, type Validation } from '../validation/validate';
import type { OperationArgs, OperationName } from './contract';

/**
 * The arguments of every operation of the IPC contract, as schemas. The main process checks each call
 * against them before a handler sees anything (the renderer is treated as untrusted input), and hands
 * the handler the checked copy, not what arrived. Kept out of contract.ts, which the renderer and the
 * preload import for its types and constants, so that neither bundles the schemas.
 */

const PC_ROLE_SCHEMA = v.picklist(['host', 'client', 'unknown'] as const satisfies readonly PcRole[]);

export const SCAN_REQUEST_SCHEMA = plainStrictObject({ role: PC_ROLE_SCHEMA });

const MONITOR_INTERVAL_SCHEMA = v.pipe(v.number(), v.safeInteger(), v.minValue(MONITOR_INTERVAL_SECONDS.min), v.maxValue(MONITOR_INTERVAL_SECONDS.max));

export const MONITOR_START_REQUEST_SCHEMA = plainStrictObject({ intervalSeconds: MONITOR_INTERVAL_SCHEMA, resume: v.boolean() });

export const REPORT_REQUEST_SCHEMA = plainStrictObject({ format: v.picklist(REPORT_FORMATS), anonymize: v.boolean(), language: v.picklist(LANGUAGE_TAGS) });

/** A journal entry's id (an ISO time with dashes, then the action) or "all". */
const UNDO_TARGET_SCHEMA = v.pipe(
  v.string(),
  v.regex(/^(all|[0-9TZ-]{10,40}-[a-z0-9-]{1,20})$/, 'must be the id of a change, as the journal lists it, or all'),
);

/** The arguments of one call: exactly these, in this order, in a list without gaps. */
function argumentList<const Items extends v.TupleItems>(items: Items) {
  const count = items.length;
  return v.pipe(
    v.custom<unknown[]>(isDenseArray, 'must be a list of arguments without gaps'),
    v.check((args) => args.length === count, `must hold exactly ${count} argument${count === 1 ? '' : 's'}`),
    v.strictTuple(items),
  );
}

export const OPERATION_ARGUMENT_SCHEMAS = {
  getAppInfo: argumentList([]),
  selectScenario: argumentList([SCENARIO_ID_SCHEMA]),
  runScan: argumentList([SCAN_REQUEST_SCHEMA]),
  cancelScan: argumentList([]),
  startMonitor: argumentList([MONITOR_START_REQUEST_SCHEMA]),
  stopMonitor: argumentList([]),
  setMonitorInterval: argumentList([MONITOR_INTERVAL_SCHEMA]),
  planFix: argumentList([FIX_REQUEST_SCHEMA]),
  applyFix: argumentList([FIX_REQUEST_SCHEMA, PC_ROLE_SCHEMA]),
  listChanges: argumentList([]),
  undoChange: argumentList([UNDO_TARGET_SCHEMA, PC_ROLE_SCHEMA]),
  restartElevated: argumentList([PC_ROLE_SCHEMA]),
  makeReport: argumentList([REPORT_REQUEST_SCHEMA]),
  // Any text up to a name's length: the host checks it as it checks every name given to Windows.
  checkRemoteComputer: argumentList([v.pipe(v.string(), v.maxLength(256))]),
} as const satisfies { readonly [Name in OperationName]: v.GenericSchema };

/**
 * Compile-time proof that each schema accepts exactly the arguments the contract types: were they to
 * differ, this names the operation in a type error.
 */
type SchemaArguments<Name extends OperationName> = v.InferOutput<(typeof OPERATION_ARGUMENT_SCHEMAS)[Name]>;
type Mismatched = {
  [Name in OperationName]: [SchemaArguments<Name>] extends [OperationArgs<Name>]
    ? [OperationArgs<Name>] extends [SchemaArguments<Name>]
      ? never
      : Name
    : Name;
}[OperationName];
const schemasMatchTheContract: [Mismatched] extends [never] ? true : Mismatched = true;
void schemasMatchTheContract;

/**
 * The call's arguments, checked: the checked copy, or the first problem as a short, escaped clause such
 * as `args[0].printers[1] must be text (it is missing)`. Never echoes more than a preview of the input.
 */
export function checkOperationArguments<Name extends OperationName>(name: Name, args: unknown): Validation<OperationArgs<Name>> {
  return validate(OPERATION_ARGUMENT_SCHEMAS[name], args, { root: 'args', firstProblemOnly: true }) as Validation<OperationArgs<Name>>;
}
