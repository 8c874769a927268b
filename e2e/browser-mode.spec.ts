import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { dataFolderAt, startBrowserMode } from '../electron/host';
import { bundleTypeScript } from '../electron/cli/typescript-launcher.mjs';
import { findKey, findValue, LSA_KEY } from '../shared/simulated-host/host-registry';

// Browser mode through its real HTTP transport (not the in-page binding the other specs use): the
// built wizard, served by the host with its token, cookie, Host and Origin checks, and SSE progress.
test('browser mode: the XP print host from Welcome to Undo over HTTP', async ({ page }, testInfo) => {
  const lines: string[] = [];
  const server = await startBrowserMode({
    version: '0.0.0-e2e',
    platform: 'linux',
    env: process.env,
    log: { info: (m) => lines.push(`INFO ${m}`), warn: (m) => lines.push(`WARN ${m}`) },
    dataFolder: dataFolderAt(mkdtempSync(path.join(tmpdir(), 'wgd-e2e-browser-'))),
    machine: { kind: 'simulated', demoReason: 'not-windows' },
    fakeCommandModule: await bundleTypeScript('electron/host/simulated-host/fake-command.ts', 'fake-command'),
    nodeExecutable: process.execPath,
    rendererDirectory: path.resolve('out/renderer'),
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const restrictAnonymous = () => findValue(findKey(server.host.simulated()!.host.state(), LSA_KEY)!.values, 'restrictanonymous')?.[1].data;
  try {
    await page.goto(server.url);
    await expect(page).toHaveURL(`${server.origin}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Workgroup Doctor' })).toBeVisible();
    await page.getByLabel('Demo PC').selectOption('xp-print-host-at-limit');
    await page.getByRole('radio', { name: /Other computers get/ }).check();
    await page.getByRole('button', { name: 'Scan the demo PC' }).click();
    await expect(page.getByRole('heading', { name: 'What Workgroup Doctor found' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('browser-mode-findings.png'), fullPage: true });
    await page.getByRole('button', { name: 'Choose a fix' }).click();
    await expect(page.getByRole('radio', { name: /Method 1/ })).toBeChecked();
    await page.getByRole('button', { name: 'Next: check what will change' }).click();
    await page.getByLabel('I have read what will change').check();
    await page.getByRole('button', { name: 'Make the change' }).click();
    await expect(page.getByRole('status')).toHaveText('The change was made and checked.');
    expect(restrictAnonymous()).toBe(1);
    await page.getByRole('button', { name: 'Undo this change' }).click();
    await expect(page.getByRole('status')).toHaveText('The change was undone.');
    expect(restrictAnonymous()).toBe(0);
    await page.screenshot({ path: testInfo.outputPath('browser-mode-undone.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    expect(lines.filter((line) => line.startsWith('WARN browser mode'))).toEqual([]);
  } finally {
    await server.close();
  }
});
