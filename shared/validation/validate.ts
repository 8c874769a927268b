import * as v from 'valibot';
import { describeIssue, expectationOf } from './describe-issue';

export type Validation<Value> = { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly problems: readonly string[] };

export interface ValidateOptions {
  /** Written before every path: "args" gives `args[0].printers[1]`. */
  readonly root?: string;
  /** Stop at the first problem: for input that is refused whole anyway (an IPC call). */
  readonly firstProblemOnly?: boolean;
}

/**
 * Checks data from outside against its schema. The value returned is the schema's output, a fresh copy
 * holding only what the schema describes; the problems are clauses ready for a one-line message.
 */
export function validate<const Schema extends v.GenericSchema>(
  schema: Schema,
  data: unknown,
  options: ValidateOptions = {},
): Validation<v.InferOutput<Schema>> {
  const result = v.safeParse(schema, data, { abortEarly: options.firstProblemOnly ?? false, message: expectationOf });
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, problems: result.issues.map((issue) => describeIssue(issue, options.root)) };
}

/** The first few problems, and how many more there are: what fits in one line of a message. */
export function summarizeProblems(problems: readonly string[], shown = 3): string {
  const more = problems.length - shown;
  return `${problems.slice(0, shown).join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}
