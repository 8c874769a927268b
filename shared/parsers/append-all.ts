/**
 * Appends `items` to `target` one by one. Spreading them into a single call of push passes every item
 * as an argument of that call, and a long output (a few hundred thousand stray lines) overflows the call
 * stack that way.
 */
export function appendAll<Item>(target: Item[], items: readonly Item[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
}

/** appendAll of `items` mapped through `toItem`, without building the mapped array first. */
export function appendMapped<From, Item>(target: Item[], items: readonly From[], toItem: (item: From) => Item): void {
  for (let i = 0; i < items.length; i++) target.push(toItem(items[i]!));
}
