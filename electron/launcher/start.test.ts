import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

describe('npm start where the Electron runtime cannot be had', () => {
  it('says so in one line, then serves the wizard in the browser and answers a demo scan; Ctrl+C stops it cleanly', async () => {
    // ELECTRON_OVERRIDE_DIST_PATH pointing at an empty folder: a runtime that is not there, without
    // trying a download. out/ was built once for all tests (vitest.global-setup.ts), hence --no-build.
    const child = spawn(process.execPath, ['electron/launcher/start.mjs', '--no-build', '--no-open'], {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        ELECTRON_OVERRIDE_DIST_PATH: mkdtempSync(path.join(tmpdir(), 'wgd-no-electron-')),
        WORKGROUP_DOCTOR_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'wgd-start-data-')),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that Ctrl+C (SIGINT) reaches the launcher and the server, as in a terminal.
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve));

    const address = await new Promise<string>((resolve, reject) => {
      const look = () => {
        const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/.exec(stdout)?.[0];
        if (found) resolve(found);
      };
      child.stdout.on('data', look);
      void exited.then(() => reject(new Error(`the launcher stopped before serving: ${stdout}${stderr}`)));
    });
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^The Electron runtime is missing \(ELECTRON_OVERRIDE_DIST_PATH=.* holds no Electron executable\), so Workgroup Doctor opens in your browser instead\.$/,
      ),
    ]);

    const origin = new URL(address).origin;
    const login = await fetch(address, { redirect: 'manual' });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const page = await fetch(`${origin}/`, { headers: { cookie } });
    expect(await page.text()).toContain('<div id="root"></div>');
    const scan = await fetch(`${origin}/api/call/runScan`, {
      method: 'POST',
      headers: { cookie, origin, 'content-type': 'application/json' },
      body: JSON.stringify({ args: [{ role: 'host' }] }),
    });
    expect(await scan.json()).toMatchObject({ ok: true, value: { kind: 'completed', result: { scenarioId: 'xp-print-host-at-limit' } } });

    process.kill(-child.pid!, 'SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Workgroup Doctor stopped.');
  });
});
