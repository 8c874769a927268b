import * as v from 'valibot';

/**
 * Plain data: what JSON.parse and the structured clone of an IPC message produce. Valibot's object
 * schemas read keys with `in` and `for…in`, which also see inherited properties, and its array schema
 * reads a hole as undefined; so data from outside is first checked to be plain, and only then by shape.
 */

/** Names that reach or replace an object's prototype when data is copied or merged into another object. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

function hasPlainPrototype(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** An object literal's kind of object: no class instance, no array, no prototype-reaching keys. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && hasPlainPrototype(value) && !PROTOTYPE_KEYS.some((key) => Object.hasOwn(value, key))
  );
}

/** An array with an element at every index and nothing else: no holes, no extra named properties. */
export function isDenseArray(value: unknown): value is unknown[] {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index++) if (!Object.hasOwn(value, index)) return false;
  return Object.keys(value).length === value.length;
}

function plainObjectProblem(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object';
  if (!hasPlainPrototype(value)) return 'must be a plain object, not an instance of a class';
  return `must not have a field named ${PROTOTYPE_KEYS.filter((key) => Object.hasOwn(value, key)).join(' or ')}`;
}

function denseArrayProblem(value: unknown): string {
  return Array.isArray(value) ? 'must be a list without gaps or named extras' : 'must be a list';
}

/** An object schema (strictObject, variant …) that first requires plain data; the output is a fresh copy. */
export function plainObject<const Schema extends v.GenericSchema<Record<string, unknown>>>(schema: Schema) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, (issue) => plainObjectProblem(issue.input)),
    schema,
  );
}

/**
 * A strict object of plain data. Valibot's object schemas take any object, an array included ([true]
 * would be an object with a key "0"), so data from outside is required to be plain first.
 */
export function plainStrictObject<const Entries extends v.ObjectEntries>(entries: Entries) {
  return plainObject(v.strictObject(entries));
}

/** A list of at most `maxEntries` items, each checked by `item`: dense, and read-only for whoever receives it. */
export function plainList<const Item extends v.GenericSchema>(item: Item, maxEntries: number) {
  return v.pipe(
    v.custom<unknown[]>(isDenseArray, (issue) => denseArrayProblem(issue.input)),
    v.maxLength(maxEntries),
    v.array(item),
    v.readonly(),
  );
}
