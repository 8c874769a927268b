/**
 * Browser mode's stand-in for the preload: the same `window.workgroupDoctor` the window's preload
 * exposes (one function per operation of the IPC contract, and `subscribe` for events), carried over
 * HTTP to the host instead of over IPC. Served as /page-bridge.js and run before the app's module
 * script; it is serialized with toString(), so it must not refer to anything outside itself.
 */
export function installPageBridge(options: { readonly operationNames: readonly string[]; readonly globalName: string }): void {
  type Listener = (payload: unknown) => void;
  // The page's own EventSource (this file is type-checked with Node's types, which have no DOM).
  type PageEventSource = { onmessage: ((message: { data: unknown }) => void) | null };
  const page = globalThis as unknown as { EventSource: new (url: string) => PageEventSource };
  const listeners = new Map<string, Set<Listener>>();
  let events: PageEventSource | null = null;

  const call = async (name: string, args: unknown[]): Promise<unknown> => {
    try {
      const response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ args }),
        credentials: 'same-origin',
      });
      const envelope: unknown = await response.json();
      return envelope;
    } catch (error) {
      // The host stopped (Ctrl+C in its terminal) or the connection broke: an envelope, like any failure.
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `Workgroup Doctor's background process cannot be reached (${String(error)}). Start it again and reload this page.`,
        },
      };
    }
  };

  const connectEvents = () => {
    if (events) return;
    events = new page.EventSource('/api/events');
    events.onmessage = (message) => {
      let event: { name?: unknown; payload?: unknown };
      try {
        event = JSON.parse(String(message.data)) as { name?: unknown; payload?: unknown };
      } catch {
        return;
      }
      if (typeof event.name === 'string') listeners.get(event.name)?.forEach((listener) => listener(event.payload));
    };
  };

  const bridge: Record<string, unknown> = {};
  for (const name of options.operationNames) bridge[name] = (...args: unknown[]) => call(name, args);
  bridge.subscribe = (event: string, listener: Listener) => {
    connectEvents();
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  };
  Object.defineProperty(globalThis, options.globalName, { value: Object.freeze(bridge), writable: false });
}
