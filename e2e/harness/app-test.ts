import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { BRIDGE_GLOBAL_NAME, OPERATION_CHANNELS, type ApiEvents, type EventName } from '../../shared/ipc/contract';
import { apiHandlers, createHost, dataFolderAt, dispatchCall, windowMachine, type CommandLog, type Host, type MachineChoice } from '../../electron/host';
import type { SimulatedHost } from '../../electron/host/simulated-host/simulated-host';
import { bundleTypeScript } from '../../electron/cli/typescript-launcher.mjs';
import { installBridgeInPage } from './bridge-in-page';
import type { Scenario } from '../../shared/simulated-host/scenario';

export interface AppUnderTest {
  readonly page: Page;
  /** Lines the main-process side logged during the test. */
  readonly log: string[];
  /** The host the page's calls reach (the one the window's IPC handlers call). */
  readonly host: Host;
  /** The simulated PC behind demo mode (null in live mode). */
  readonly demo: { host(): SimulatedHost } | null;
  /** The app's data folder for this test. */
  readonly dataDirectory: string;
}

export interface AppOptions {
  readonly appArgs: readonly string[];
  readonly appEnv: Readonly<Record<string, string>>;
  /** Demo scenarios instead of the built-in ones. */
  readonly demoScenarios: readonly Scenario[] | null;
  /** The display languages the system reports (Electron's app.getPreferredSystemLanguages()). */
  readonly systemLanguages: readonly string[];
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
  systemLanguages: [['en-US'], { option: true }],
  fakeCommandModule: [async ({}, use) => use(await bundleTypeScript('electron/host/simulated-host/fake-command.ts', 'fake-command')), { scope: 'worker' }],
  app: async ({ page, appArgs, appEnv, demoScenarios, systemLanguages, fakeCommandModule }, use) => {
    const lines: string[] = [];
    const log: CommandLog = { info: (m) => lines.push(`INFO ${m}`), warn: (m) => lines.push(`WARN ${m}`) };
    const dataDirectory = mkdtempSync(path.join(tmpdir(), 'wgd-e2e-'));
    const emit = <Name extends EventName>(event: Name, payload: ApiEvents[Name]) => {
      void page
        .evaluate(([e, p]) => (window as unknown as { __wgdEmitFromMain?(e: string, p: unknown): void }).__wgdEmitFromMain?.(e, p), [event, payload] as const)
        .catch(() => {});
    };
    const machine: MachineChoice = windowMachine(process.platform, appArgs, { ...process.env, ...appEnv });
    const host = createHost({
      version: '0.0.0-e2e',
      platform: process.platform,
      env: { ...process.env, ...appEnv },
      log,
      dataFolder: dataFolderAt(dataDirectory),
      machine: machine.kind === 'simulated' && demoScenarios ? { ...machine, scenarios: demoScenarios } : machine,
      fakeCommandModule,
      nodeExecutable: process.execPath,
      emit,
      systemLanguages,
    });
    const handlers = apiHandlers(host);
    const demo = host.simulated() ? { host: () => host.simulated()!.host } : null;
    await page.exposeBinding('__wgdCallMain', (_source, name: unknown, args: unknown) =>
      dispatchCall(handlers, name, Array.isArray(args) ? args : [], (m) => lines.push(`WARN ${m}`)),
    );
    await page.addInitScript(installBridgeInPage, { operationNames: Object.keys(OPERATION_CHANNELS), globalName: BRIDGE_GLOBAL_NAME });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await use({ page, log: lines, host, demo, dataDirectory });
    // As the window's closing does: a monitor left watching stops.
    host.dispose();
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
