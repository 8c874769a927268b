import { _electron as electron, expect, test } from '@playwright/test';
import path from 'node:path';
import { findElectronBinary } from './harness/electron-binary';
import { SCAN_PROGRESS_SOURCES } from '../shared/ipc/contract';

const binary = findElectronBinary();

test.describe('the real Electron app', () => {
  test.skip('missing' in binary, `SKIPPED real-Electron test: ${'missing' in binary ? binary.missing : ''}`);
  if ('missing' in binary) console.log(`[electron-app.spec] skipped: ${binary.missing}`);

  test('opens its window with the sandboxed preload bridge and no Node in the page', async ({}, testInfo) => {
    if (!('path' in binary)) return;
    const app = await electron.launch({
      executablePath: binary.path,
      args: [path.resolve('out/main/index.js'), '--demo'],
      env: { ...process.env, WORKGROUP_DOCTOR_DEMO: '1', WORKGROUP_DOCTOR_DATA_DIR: testInfo.outputPath('data') },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('heading', { level: 1, name: 'Workgroup Doctor' })).toBeVisible();
      const exposure = await window.evaluate(() => ({
        bridge: typeof (window as unknown as Record<string, unknown>).workgroupDoctor,
        require: typeof (window as unknown as Record<string, unknown>).require,
        process: typeof (window as unknown as Record<string, unknown>).process,
      }));
      expect(exposure).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined' });
      const info = await window.evaluate(async () => {
        const bridge = (window as unknown as { workgroupDoctor: { getAppInfo(): Promise<unknown> } }).workgroupDoctor;
        return bridge.getAppInfo();
      });
      expect(info).toMatchObject({ ok: true, value: { mode: 'demo' } });

      // A demo scan through the real IPC, counting the progress events the page receives.
      const scan = await window.evaluate(async () => {
        type Bridge = {
          runScan(request: { role: string }): Promise<{ ok: boolean; value?: { kind: string } }>;
          subscribe(event: string, listener: (payload: unknown) => void): () => void;
        };
        const bridge = (window as unknown as { workgroupDoctor: Bridge }).workgroupDoctor;
        const progress: unknown[] = [];
        const stop = bridge.subscribe('scanProgress', (payload) => progress.push(payload));
        const outcome = await bridge.runScan({ role: 'host' });
        stop();
        return { outcome, progressEvents: progress.length };
      });
      expect(scan.outcome).toMatchObject({ ok: true, value: { kind: 'completed' } });
      // Every source reports "running" and then how it ended: at least two events each.
      expect(scan.progressEvents).toBeGreaterThanOrEqual(2 * SCAN_PROGRESS_SOURCES.length);
      await window.screenshot({ path: testInfo.outputPath('electron-window.png') });
    } finally {
      await app.close();
    }
  });
});
