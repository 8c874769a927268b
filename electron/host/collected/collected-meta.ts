import * as v from 'valibot';
import { COMMAND_FAILURE_SCHEMA } from '../../../shared/commands/command-failure';
import { SOURCE_IDS } from '../../../shared/diagnosis/readings';
import type { DeepReadonly } from '../../../shared/validation/deep-readonly';
import { plainObject, plainStrictObject } from '../../../shared/validation/plain-data';
import { iconvEncodingForCodePage } from '../commands/console-encoding';

const readableCodePage = v.pipe(
  v.number('must be a code page number'),
  v.check(
    (codePage) => Number.isInteger(codePage) && iconvEncodingForCodePage(codePage) !== null,
    'must be a code page this app can read (such as 437, 850, 936 or 65001)',
  ),
);

/** A record keyed by source id: an unknown source is reported, the names that reach a prototype refused. */
const bySource = <const Value extends v.GenericSchema>(value: Value) => plainObject(v.record(v.picklist(SOURCE_IDS), value));

/**
 * meta.json of a collected folder (written by `workgroup-doctor collect`, or by hand with just
 * {"codePage": 850}). Every field is optional and every field is checked: a value of the wrong type
 * would otherwise surface later, far from its cause (an unknown failure kind crashed the report).
 * Unknown fields are refused, so a misspelt "codepage" does not silently leave the files undecoded.
 */
export const COLLECTED_META_SCHEMA = plainStrictObject({
  /** The code page the files are written in; absent for UTF-8. */
  codePage: v.optional(readableCodePage),
  /** The console code page of the PC the outputs came from (for information; the files are UTF-8). */
  consoleCodePage: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1))),
  collectedAt: v.optional(v.string()),
  computerName: v.optional(v.string()),
  elevated: v.optional(v.nullable(v.boolean('must be true, false or null'))),
  versions: v.optional(plainObject(v.record(v.string(), v.string()))),
  /** Sources whose command failed, with the reason; the file then holds what the command printed. */
  failures: v.optional(bySource(COMMAND_FAILURE_SCHEMA)),
  durationsMs: v.optional(bySource(v.pipe(v.number(), v.minValue(0)))),
});

export type CollectedMeta = DeepReadonly<v.InferOutput<typeof COLLECTED_META_SCHEMA>>;
