import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { BRIDGE_GLOBAL_NAME, OPERATION_CHANNELS, type ApiEvents, type EventName } from '../../shared/ipc/contract';
import { createAppServices } from '../../electron/main/app-services';
import { dispatchCall } from '../../electron/main/ipc/dispatch-call';
import type { CommandLog } from '../../electron/main/commands/command-log';
import type { DemoMachine } from '../../electron/main/demo/demo-machine';
import { bundleTypeScript } from '../../electron/cli/typescript-launcher.mjs';
import { installBridgeInPage } from './bridge-in-page';
import type { Scenario } from '../../shared/simulated-host/scenario';

export interface AppUnderTest {
  readonly page: Page;
  /** Lines the main-process side logged during the test. */
  readonly log: string[];
  /** The simulated PC behind demo mode (null in live mode). */
  readonly demo: DemoMachine | null;
  /** The app's data folder for this test. */
  readonly dataDirectory: string;
}

export interface AppOptions {
  readonly appArgs: readonly string[];
  readonly appEnv: Readonly<Record<string, string>>;
  /** Demo scenarios instead of the built-in ones. */
  readonly demoScenarios: readonly Scenario[] | null;
}

/**
 * `app`: the built renderer in Chromium with its bridge bound to the real main-process services,
 * assembled exactly as Electron's bootstrap assembles them: demo mode runs the simulated Windows PC
 * through the real command runner and real child processes.
 */
export const test = base.extend<AppOptions & { app: AppUnderTest }, { fakeCommandModule: string }>({
  appArgs: [[], { option: true }],
  appEnv: [{}, { option: true }],
  demoScenarios: [null, { option: true }],
  fakeCommandModule: [async ({}, use) => use(await bundleTypeScript('electron/simulated-host/fake-command.ts', 'fake-command')), { scope: 'worker' }],
  app: async ({ page, appArgs, appEnv, demoScenarios, fakeCommandModule }, use) => {
    const lines: string[] = [];
    const log: CommandLog = { info: (m) => lines.push(`INFO ${m}`), warn: (m) => lines.push(`WARN ${m}`) };
    const dataDirectory = mkdtempSync(path.join(tmpdir(), 'wgd-e2e-'));
    const emit = <Name extends EventName>(event: Name, payload: ApiEvents[Name]) => {
      void page
        .evaluate(([e, p]) => (window as unknown as { __wgdEmitFromMain?(e: string, p: unknown): void }).__wgdEmitFromMain?.(e, p), [event, payload] as const)
        .catch(() => {});
    };
    const { handlers, demo } = createAppServices({
      version: '0.0.0-e2e',
      platform: process.platform,
      argv: appArgs,
      env: { ...process.env, ...appEnv },
      log,
      dataDirectory,
      fakeCommandModule,
      nodeExecutable: process.execPath,
      emit,
      ...(demoScenarios ? { demoScenarios } : {}),
    });
    await page.exposeBinding('__wgdCallMain', (_source, name: unknown, args: unknown) =>
      dispatchCall(handlers, name, Array.isArray(args) ? args : [], (m) => lines.push(`WARN ${m}`)),
    );
    await page.addInitScript(installBridgeInPage, { operationNames: Object.keys(OPERATION_CHANNELS), globalName: BRIDGE_GLOBAL_NAME });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await use({ page, log: lines, demo, dataDirectory });
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
