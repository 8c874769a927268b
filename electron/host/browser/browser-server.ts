import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { BRIDGE_GLOBAL_NAME, OPERATION_CHANNELS, type ApiEvents, type ApiHandlers, type EventName, type EventSink } from '../../../shared/ipc/contract';
import { failed } from '../../../shared/ipc/envelope';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/content-security-policy';
import { dispatchCall } from '../api/dispatch-call';
import type { CommandLog } from '../commands/command-log';
import { installPageBridge } from './page-bridge';

/** Events from the host to every open page (Server-Sent Events; one stream per page). */
export class EventBroadcast {
  private readonly streams = new Set<ServerResponse>();

  /** `whenNoPageListens`: the last page went away (its tab was closed): what runs for it can stop. */
  constructor(private readonly whenNoPageListens: () => void = () => {}) {}

  readonly emit: EventSink = <Name extends EventName>(name: Name, payload: ApiEvents[Name]) => {
    const message = `data: ${JSON.stringify({ name, payload })}\n\n`;
    for (const stream of this.streams) stream.write(message);
  };

  add(stream: ServerResponse): void {
    this.streams.add(stream);
    stream.once('close', () => {
      this.streams.delete(stream);
      if (this.streams.size === 0) this.whenNoPageListens();
    });
  }

  endAll(): void {
    for (const stream of this.streams) stream.end();
    this.streams.clear();
  }
}

export interface BrowserServerOptions {
  readonly handlers: ApiHandlers;
  readonly events: EventBroadcast;
  /** The built renderer (out/renderer). */
  readonly rendererDirectory: string;
  /** 0 (the default) takes a free port. */
  readonly port?: number;
  readonly log: CommandLog;
}

export interface BrowserServer {
  /** The address to open: it carries the connection token once; the page then keeps a cookie. */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

const SESSION_COOKIE = 'wgd-session';
const MAX_CALL_BYTES = 1024 * 1024;
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};
/** Sent with everything: the window's policy, and nothing that lets another site read or frame the app. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

/**
 * Browser mode: the wizard served to a browser on this computer, for where Electron cannot run. As
 * strict as the window: it listens on loopback only; the printed address carries a random token that
 * is exchanged for an HttpOnly, SameSite=Strict cookie; every request must name this server in its
 * Host header (a DNS-rebinding page names its own host); every call must come from this origin and
 * passes the same argument checks as IPC; there are no CORS headers, so no other site can read an
 * answer. The model is VS Code's `code serve-web`, which also hands out a connection token.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = randomBytes(32).toString('base64url');
  const sessions = new Set<string>();
  const rendererRoot = realpathSync(options.rendererDirectory);
  const pageBridge = `(${installPageBridge.toString()})(${JSON.stringify({ operationNames: Object.keys(OPERATION_CHANNELS), globalName: BRIDGE_GLOBAL_NAME })});\n`;
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log.warn(`browser mode: ${request.method} ${request.url} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Workgroup Doctor could not answer this request.');
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!hosts.includes(request.headers.host ?? '')) {
      options.log.warn(`browser mode: refused a request for host ${JSON.stringify(request.headers.host ?? '')}`);
      return send(response, 403, 'text/plain; charset=utf-8', 'This server answers only requests addressed to itself.');
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);

    const offered = url.searchParams.get('token');
    if (offered !== null) {
      if (!sameSecret(offered, token))
        return send(response, 403, 'text/plain; charset=utf-8', 'That key is not the one Workgroup Doctor printed. Open the address from its terminal again.');
      const session = randomBytes(32).toString('base64url');
      sessions.add(session);
      // The token leaves the address bar; from now on the page is known by its cookie.
      response.writeHead(303, {
        ...SECURITY_HEADERS,
        location: url.pathname,
        'set-cookie': `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`,
      });
      return void response.end();
    }
    if (!sessions.has(cookieValue(request.headers.cookie, SESSION_COOKIE) ?? '')) {
      return send(response, 401, 'text/plain; charset=utf-8', 'Open the address Workgroup Doctor printed in its terminal: it holds the key to this page.');
    }

    if (url.pathname.startsWith('/api/call/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Calls are made with POST.');
      if (!hosts.some((host) => request.headers.origin === `http://${host}`)) {
        options.log.warn(`browser mode: refused a call from origin ${JSON.stringify(request.headers.origin ?? '')}`);
        return send(response, 403, 'text/plain; charset=utf-8', 'Calls are accepted only from the Workgroup Doctor page itself.');
      }
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return send(response, 415, 'text/plain; charset=utf-8', 'Calls are JSON.');
      const body = await readBody(request, MAX_CALL_BYTES);
      const args = parseArgs(body);
      const name = decodeURIComponent(url.pathname.slice('/api/call/'.length));
      const envelope =
        args === null
          ? failed('invalid-arguments', `Invalid arguments for ${name.slice(0, 80)}`)
          : await dispatchCall(options.handlers, name, args, (m) => options.log.warn(m));
      return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(envelope));
    }
    if (request.method !== 'GET') return send(response, 405, 'text/plain; charset=utf-8', 'Only GET and POST are answered here.');
    if (url.pathname === '/api/events') {
      response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
      response.write(': connected\n\n');
      options.events.add(response);
      return;
    }
    if (url.pathname === '/page-bridge.js') return send(response, 200, CONTENT_TYPES['.js']!, pageBridge);
    return serveRendererFile(url.pathname, response);
  }

  function serveRendererFile(pathname: string, response: ServerResponse): void {
    const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    const file = path.resolve(rendererRoot, `.${relative}`);
    const inside = file.startsWith(`${rendererRoot}${path.sep}`);
    if (!inside || relative.includes('\0') || !isFile(file)) return send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (path.basename(file) === 'index.html') {
      // The bridge must exist before the app's module script runs; a classic script runs first.
      const html = readFileSync(file, 'utf8').replace('<script', '<script src="./page-bridge.js"></script>\n    <script');
      return send(response, 200, type, html);
    }
    send(response, 200, type, readFileSync(file));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  options.log.info(`browser mode listening on ${origin}`);
  return {
    url: `${origin}/?token=${token}`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        options.events.endAll();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

function sameSecret(offered: string, expected: string): boolean {
  const a = Buffer.from(offered);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error(`a call of more than ${limit} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.once('error', reject);
  });
}

/** The call's arguments ({"args": [...]}), or null when the body is not that. */
function parseArgs(body: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as { args?: unknown }).args)) return null;
    return (parsed as { args: unknown[] }).args;
  } catch {
    return null;
  }
}
