import { apiHandlers } from '../api/api-handlers';
import { createHost, type Host, type HostOptions } from '../host';
import { EventBroadcast, startBrowserServer, type BrowserServer } from './browser-server';

/** The host, served to a browser on this computer: the same operations the window calls over IPC. */
export async function startBrowserMode(
  options: Omit<HostOptions, 'emit'> & { readonly rendererDirectory: string; readonly port?: number },
): Promise<BrowserServer & { readonly host: Host }> {
  // A page that goes away stops the monitor it was watching with: nobody is left to see its samples.
  const events = new EventBroadcast(() => host.stopMonitor());
  const host: Host = createHost({ ...options, emit: events.emit });
  const server = await startBrowserServer({
    handlers: apiHandlers(host),
    events,
    rendererDirectory: options.rendererDirectory,
    log: options.log,
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  return {
    ...server,
    host,
    close: async () => {
      host.dispose();
      await server.close();
    },
  };
}
