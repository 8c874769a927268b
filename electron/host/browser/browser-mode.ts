import { apiHandlers } from '../api/api-handlers';
import { createHost, type Host, type HostOptions } from '../host';
import { EventBroadcast, startBrowserServer, type BrowserServer } from './browser-server';

/** The host, served to a browser on this computer: the same operations the window calls over IPC. */
export async function startBrowserMode(
  options: Omit<HostOptions, 'emit'> & { readonly rendererDirectory: string; readonly port?: number },
): Promise<BrowserServer & { readonly host: Host }> {
  const events = new EventBroadcast();
  const host = createHost({ ...options, emit: events.emit });
  const server = await startBrowserServer({
    handlers: apiHandlers(host),
    events,
    rendererDirectory: options.rendererDirectory,
    log: options.log,
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  return { ...server, host };
}
