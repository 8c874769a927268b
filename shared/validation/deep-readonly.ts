/**
 * A schema's output made read-only all the way down: data read from a file or received over IPC is
 * looked at, never changed in place. (Valibot infers mutable types; writing v.readonly() into every
 * object of a schema would say the same thing less readably.)
 */
export type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : T extends object
      ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
      : T;
