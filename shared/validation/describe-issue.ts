import type * as v from 'valibot';
import { previewValue } from '../text/preview-value';

/**
 * Valibot's issues as one English clause each, for a technician: where (a path such as
 * `sessions[0].computer`), what was expected, and what was there, shortened and escaped. Valibot's own
 * messages quote the received value whole, which for a 16 MB string is the whole string.
 */
type Issue = v.BaseIssue<unknown>;

/** What a value must be, in words: valibot calls this for every issue whose schema has no message of its own. */
export function expectationOf(issue: Issue): string {
  const requirement = String(issue.requirement);
  switch (issue.type) {
    case 'string':
      return 'must be text';
    case 'number':
      return 'must be a number';
    case 'boolean':
      return 'must be true or false';
    case 'array':
      return 'must be a list';
    case 'tuple':
    case 'strict_tuple':
      return issue.expected === 'never' ? 'is one more than expected' : 'must be a list';
    case 'object':
    case 'strict_object':
    case 'loose_object':
    case 'record':
      // Unknown and missing fields are worded by describeIssue, which sees the path.
      return 'must be an object';
    case 'variant':
      return issue.expected === 'Object' ? 'must be an object' : `must be one of ${alternatives(issue.expected)}`;
    case 'picklist':
    case 'literal':
    case 'union':
      return `must be one of ${alternatives(issue.expected)}`;
    case 'max_length':
      return `must have at most ${requirement} ${typeof issue.input === 'string' ? 'characters' : 'entries'}`;
    case 'min_length':
      return `must have at least ${requirement} ${typeof issue.input === 'string' ? 'characters' : 'entries'}`;
    case 'integer':
    case 'safe_integer':
      return 'must be a whole number';
    case 'min_value':
      return `must be at least ${requirement}`;
    case 'max_value':
      return `must be at most ${requirement}`;
    default:
      return `is not valid (expected ${issue.expected ?? issue.type})`;
  }
}

/** `"a" | ("b" | "c")` as valibot writes the values of picklists, literals and variants, as `"a", "b", "c"`. */
function alternatives(expected: string | null): string {
  return (expected ?? '').replace(/[()]/g, '').split(' | ').join(', ');
}

/** Registry keys are long and need to be recognized; a name is still cut before it swamps the message. */
const PATH_KEY_CHARACTERS = 120;

/** A path like `sessions[0].computer` or `faults["net session"].kind`, after `root` when given. */
export function pathOf(issue: Issue, root = ''): string {
  let text = root;
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${previewValue(key, PATH_KEY_CHARACTERS)}]`;
  }
  return text;
}

/** One clause: the path, what it must be, and what it is. */
export function describeIssue(issue: Issue, root = ''): string {
  const items = issue.path ?? [];
  if (items.at(-1)?.origin === 'key') {
    const isField = issue.type === 'strict_object' || issue.type === 'object';
    if (isField && issue.expected === 'never') return `${pathOf(issue, root)} is not a known field`;
    if (isField) return `${pathOf(issue, root)} is missing`;
    // A bad name of a record entry: the name is the subject, not the entry's value.
    const parent = pathOf({ ...issue, path: items.slice(0, -1) as typeof issue.path }, root);
    return `${parent === '' ? '' : `${parent}: `}the name ${previewValue(issue.input)} ${issue.message}`;
  }
  return `${pathOf(issue, root) || 'the value'} ${issue.message} (it is ${issue.input === undefined ? 'missing' : previewValue(issue.input)})`;
}
