/**
 * Runs in the page before its scripts (page.addInitScript) and stands in for the preload: the same
 * shape as the bridge the preload exposes, forwarding every call to a Playwright binding that runs
 * the real main-process dispatcher in the test's Node process. Must be self-contained (it is serialized).
 */
export function installBridgeInPage(options: { operationNames: string[]; globalName: string }): void {
  type Listener = (payload: unknown) => void;
  const page = window as unknown as Record<string, unknown>;
  const callMain = page.__wgdCallMain as (name: string, args: unknown[]) => Promise<unknown>;
  const listeners = new Map<string, Set<Listener>>();
  const bridge: Record<string, unknown> = {};
  for (const name of options.operationNames) bridge[name] = (...args: unknown[]) => callMain(name, args);
  bridge.subscribe = (event: string, listener: Listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  };
  page.__wgdEmitFromMain = (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload));
  Object.defineProperty(window, options.globalName, { value: Object.freeze(bridge), writable: false });
}
