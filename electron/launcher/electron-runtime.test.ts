import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureElectronBinary, findElectronBinary } from './electron-runtime.mjs';
import { storedZip } from './testing/stored-zip';

// Electron's real installer runs here, on a private copy of the npm package, against a mirror on
// loopback (ELECTRON_MIRROR, the installer's own setting): no download leaves this machine.
const projectModules = path.resolve(import.meta.dirname, '../../node_modules');
const { version } = JSON.parse(readFileSync(path.join(projectModules, 'electron', 'package.json'), 'utf8')) as { version: string };
const platformFile = process.platform === 'win32' ? 'electron.exe' : 'electron';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function electronPackageCopy(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'wgd-electron-pkg-'));
  cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
  const copy = path.join(directory, 'electron');
  cpSync(path.join(projectModules, 'electron'), copy, { recursive: true, filter: (source) => !/[\\/](dist|path\.txt)$/.test(source) });
  return copy;
}

async function mirror(files: Record<string, Buffer>): Promise<{ url: string; requests: string[] }> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const body = files[request.url ?? ''];
    response.writeHead(body ? 200 : 404).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests };
}

const installerEnv = (extra: Record<string, string>) => ({ ...process.env, NODE_PATH: projectModules, ELECTRON_GET_NO_PROGRESS: '1', ...extra });

describe('fetching the Electron runtime with Electron’s own installer', () => {
  it('downloads it once through the installer, which writes path.txt, and then finds it without asking again', async () => {
    const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;
    const zip = storedZip([
      { name: platformFile, data: Buffer.from('#!/bin/sh\nexit 0\n'), mode: 0o755 },
      { name: 'version', data: Buffer.from(`v${version}`), mode: 0o644 },
    ]);
    const sums = `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`;
    const server = await mirror({ [`/v${version}/${zipName}`]: zip, [`/v${version}/SHASUMS256.txt`]: Buffer.from(sums) });
    const packageDirectory = electronPackageCopy();
    const cache = mkdtempSync(path.join(tmpdir(), 'wgd-electron-cache-'));
    cleanups.push(() => rmSync(cache, { recursive: true, force: true }));
    const env = installerEnv({ ELECTRON_MIRROR: server.url, electron_use_remote_checksums: '1', electron_config_cache: cache });
    const lines: string[] = [];

    expect(findElectronBinary({ env, packageDirectory })).toMatchObject({ missing: expect.stringContaining('path.txt is absent') });
    const first = await ensureElectronBinary({ env, packageDirectory, log: (line) => lines.push(line), recordFile: null });
    expect(first).toEqual({ path: path.join(packageDirectory, 'dist', platformFile), downloaded: true });
    expect(readFileSync(path.join(packageDirectory, 'path.txt'), 'utf8')).toBe(platformFile);
    expect(lines).toEqual([`Downloading the Electron ${version} runtime (about 100 MB, once) with Electron's installer…`, `Electron ${version} is installed.`]);

    const asked = server.requests.length;
    expect(await ensureElectronBinary({ env, packageDirectory, log: () => {}, recordFile: null })).toEqual({
      path: path.join(packageDirectory, 'dist', platformFile),
      downloaded: false,
    });
    expect(server.requests.length).toBe(asked);
  });

  it('says what it tried and why it failed, in one sentence, when the download host cannot be reached', async () => {
    const closed = await mirror({});
    const url = closed.url;
    await new Promise((resolve) => setTimeout(resolve, 0));
    cleanups.splice(0).forEach((cleanup) => cleanup()); // the server is gone: connections are refused
    const packageDirectory = electronPackageCopy();
    const recordFile = path.join(packageDirectory, 'attempt.json');
    const result = await ensureElectronBinary({ env: installerEnv({ ELECTRON_MIRROR: url }), packageDirectory, log: () => {}, recordFile });
    expect(result).toEqual({
      missing: expect.stringMatching(
        new RegExp(`installer\\): downloading ${url.replace(/[.]/g, '\\.')}v${version}/electron-v${version}-.*\\.zip failed: .*ECONNREFUSED`),
      ),
    });
    expect('missing' in result && result.missing).not.toMatch(/\n| {4}at /);
    expect(JSON.parse(readFileSync(recordFile, 'utf8'))).toMatchObject({ missing: (result as { missing: string }).missing });
    expect(existsSync(path.join(packageDirectory, 'path.txt'))).toBe(false);
  });

  it('a mirror that answers 404 is named with its status', async () => {
    const server = await mirror({});
    const packageDirectory = electronPackageCopy();
    const result = await ensureElectronBinary({ env: installerEnv({ ELECTRON_MIRROR: server.url }), packageDirectory, log: () => {}, recordFile: null });
    expect(result).toEqual({ missing: expect.stringMatching(/answered HTTP 404$/) });
  });
});
