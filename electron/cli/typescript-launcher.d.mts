/** Bundles `entry` (relative to the repository) to out/node/<name>.js when stale; returns the bundle's path. */
export function bundleTypeScript(entry: string, name: string): Promise<string>;
/** The command line and the fake Windows programs beside it, bundled to out/node; returns the command line's path. */
export function bundleCommandLine(): Promise<string>;
export function runTypeScript(entry: string, name: string): Promise<Record<string, unknown>>;
