/** Bundles `entry` (relative to the repository) to out/node/<name>.mjs when stale; returns the bundle's path. */
export function bundleTypeScript(entry: string, name: string): Promise<string>;
export function runTypeScript(entry: string, name: string): Promise<Record<string, unknown>>;
