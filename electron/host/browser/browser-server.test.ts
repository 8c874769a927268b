import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInScenario } from '../../../shared/simulated-host/scenarios';
import { dataFolderAt } from '../data-folder';
import { fakeCommandModule } from '../simulated-host/testing/host-fixture';
import { startBrowserMode } from './browser-mode';

// Browser mode through real HTTP on loopback: the token, the cookie, the Host and Origin checks, and
// the same argument checks as IPC, on a simulated PC.
let server: Awaited<ReturnType<typeof startBrowserMode>>;
let cookie = '';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

function send(pathAndQuery: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, path: pathAndQuery, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

const call = (operation: string, args: unknown[], headers: Record<string, string> = {}) =>
  send(`/api/call/${operation}`, {
    method: 'POST',
    headers: { cookie, origin: server.origin, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ args }),
  });

beforeAll(async () => {
  const renderer = mkdtempSync(path.join(tmpdir(), 'wgd-renderer-'));
  mkdirSync(path.join(renderer, 'assets'));
  writeFileSync(
    path.join(renderer, 'index.html'),
    '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>',
  );
  writeFileSync(path.join(renderer, 'assets', 'app.js'), 'export {};\n');
  server = await startBrowserMode({
    version: '0.0.0-test',
    platform: 'linux',
    env: process.env,
    log: { info: () => {}, warn: () => {} },
    dataFolder: dataFolderAt(mkdtempSync(path.join(tmpdir(), 'wgd-browser-data-'))),
    machine: { kind: 'simulated', demoReason: 'not-windows', scenarios: [builtInScenario('xp-print-host-at-limit')!] },
    fakeCommandModule: await fakeCommandModule(),
    nodeExecutable: process.execPath,
    rendererDirectory: renderer,
  });
  const token = new URL(server.url).searchParams.get('token')!;
  const exchanged = await send(`/?token=${token}`);
  cookie = String(exchanged.headers['set-cookie']).split(';')[0]!;
});

afterAll(() => server.close());

describe('browser mode over HTTP', () => {
  it('listens on loopback only, at the printed address', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
  });

  it('exchanges the token for an HttpOnly, SameSite=Strict cookie and takes the token out of the address', async () => {
    const token = new URL(server.url).searchParams.get('token')!;
    const answer = await send(`/?token=${token}`);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/');
    expect(String(answer.headers['set-cookie'])).toMatch(/^wgd-session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/$/);
  });

  it('serves the wizard with the window’s content security policy, and the bridge before the app', async () => {
    const page = await send('/', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'; script-src 'self';/);
    expect(page.body.indexOf('<script src="./page-bridge.js"></script>')).toBeLessThan(page.body.indexOf('./assets/app.js'));
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    expect((await send('/page-bridge.js', { headers: { cookie } })).body).toContain('/api/call/');
  });

  it.each([
    ['no token and no cookie', '/', {}, 401],
    ['a wrong token', '/?token=not-the-token', {}, 403],
    ['a made-up cookie', '/', { cookie: 'wgd-session=forged' }, 401],
    ['a path outside the renderer', '/..%2f..%2fetc%2fpasswd', { cookie: 'COOKIE' }, 404],
  ])('refuses %s', async (_name, target, headers, status) => {
    const answer = await send(target, { headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v === 'COOKIE' ? cookie : v])) });
    expect(answer.status).toBe(status);
    expect(answer.body).not.toContain('<html');
  });

  it('refuses a request for another host name (DNS rebinding), even with the cookie', async () => {
    const answer = await send('/', { headers: { cookie, host: 'attacker.example' } });
    expect(answer.status).toBe(403);
  });

  it('refuses a call from another origin, or without one, and runs nothing', async () => {
    expect((await call('runScan', [{ role: 'host' }], { origin: 'http://attacker.example' })).status).toBe(403);
    const withoutOrigin = await send('/api/call/getAppInfo', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{"args":[]}' });
    expect(withoutOrigin.status).toBe(403);
    expect(server.host.lastScan()).toBeNull();
  });

  it('answers bad arguments with the same invalid-arguments envelope as IPC', async () => {
    const answer = await call('runScan', [{ role: 'boss' }]);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(JSON.parse((await call('noSuchOperation', [])).body)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const notJson = await send('/api/call/getAppInfo', {
      method: 'POST',
      headers: { cookie, origin: server.origin, 'content-type': 'application/json' },
      body: '{',
    });
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('runs a demo scan and streams its progress to the page', async () => {
    const { port } = new URL(server.origin);
    const progress: string[] = [];
    const stream = await new Promise<import('node:http').IncomingMessage>((resolve) =>
      httpRequest({ host: '127.0.0.1', port, path: '/api/events', headers: { cookie, host: `127.0.0.1:${port}` } }, resolve).end(),
    );
    const okEvents = () =>
      progress
        .join('')
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => JSON.parse(line.slice(6)) as { name: string; payload: { status: string } })
        .filter((event) => event.name === 'scanProgress' && event.payload.status === 'ok');
    // The events and the call's answer travel on two connections: on a busy machine the answer can be
    // read first, so the test waits for the events rather than expecting them to have arrived already.
    let allArrived = () => {};
    const arrived = new Promise<void>((resolve) => (allArrived = resolve));
    stream.on('data', (chunk: Buffer) => {
      progress.push(chunk.toString('utf8'));
      if (okEvents().length >= 10) allArrived();
    });
    const answer = JSON.parse((await call('runScan', [{ role: 'host' }])).body);
    expect(answer).toMatchObject({ ok: true, value: { kind: 'completed', result: { diagnosis: { sessions: { total: 10, null: 4 } } } } });
    await arrived;
    stream.destroy();
    const report = JSON.parse((await call('makeReport', [{ format: 'html', anonymize: true, language: 'de' }])).body);
    expect(report).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/^workgroup-doctor-computer-1-.*\.html$/), mimeType: 'text/html' } });
    expect(report.value.text).toContain('<html lang="de">');
    expect(report.value.text).not.toContain('PRINTHOST');
    expect(okEvents().length).toBeGreaterThanOrEqual(10);
  });

  it('streams the monitor’s samples to the page, and stops the monitor when the page goes away', async () => {
    const { port } = new URL(server.origin);
    const stream = await new Promise<import('node:http').IncomingMessage>((resolve) =>
      httpRequest({ host: '127.0.0.1', port, path: '/api/events', headers: { cookie, host: `127.0.0.1:${port}` } }, resolve).end(),
    );
    const firstSample = new Promise<string>((resolve) =>
      stream.on('data', (chunk: Buffer) => chunk.toString('utf8').includes('"monitorSample"') && resolve(chunk.toString('utf8'))),
    );
    expect(JSON.parse((await call('startMonitor', [{ intervalSeconds: 60, resume: false }])).body)).toMatchObject({ ok: true, value: { watching: true } });
    expect(await firstSample).toContain('"limit":10');
    const closed = new Promise((resolve) => stream.once('close', resolve));
    stream.destroy();
    await closed;
    await expect.poll(() => server.host.monitorStatus().watching, { timeout: 120_000 }).toBe(false);
  });
});
