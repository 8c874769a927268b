import { test as base, expect, type Page } from '@playwright/test';
import { BRIDGE_GLOBAL_NAME, OPERATION_CHANNELS, type ApiEvents, type EventName } from '../../shared/ipc/contract';
import { createAppServices } from '../../electron/main/app-services';
import { dispatchCall } from '../../electron/main/ipc/dispatch-call';
import type { CommandLog } from '../../electron/main/commands/command-log';
import { installBridgeInPage } from './bridge-in-page';

export interface AppUnderTest {
  readonly page: Page;
  /** Lines the main-process side logged during the test. */
  readonly log: string[];
  /** Pushes an event the way the main process does. */
  emit<Name extends EventName>(event: Name, payload: ApiEvents[Name]): Promise<void>;
}

export interface AppOptions {
  readonly appArgs: readonly string[];
  readonly appEnv: Readonly<Record<string, string>>;
}

/**
 * `app`: the built renderer in Chromium with its bridge bound to the real main-process services,
 * assembled exactly as Electron's bootstrap assembles them.
 */
export const test = base.extend<AppOptions & { app: AppUnderTest }>({
  appArgs: [[], { option: true }],
  appEnv: [{}, { option: true }],
  app: async ({ page, appArgs, appEnv }, use) => {
    const lines: string[] = [];
    const log: CommandLog = { info: (m) => lines.push(`INFO ${m}`), warn: (m) => lines.push(`WARN ${m}`) };
    const { handlers } = createAppServices({ version: '0.0.0-e2e', platform: process.platform, argv: appArgs, env: { ...appEnv }, log });
    await page.exposeBinding('__wgdCallMain', (_source, name: unknown, args: unknown) =>
      dispatchCall(handlers, name, Array.isArray(args) ? args : [], (m) => lines.push(`WARN ${m}`)),
    );
    await page.addInitScript(installBridgeInPage, { operationNames: Object.keys(OPERATION_CHANNELS), globalName: BRIDGE_GLOBAL_NAME });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await use({
      page,
      log: lines,
      emit: async (event, payload) => {
        await page.evaluate(([e, p]) => (window as unknown as { __wgdEmitFromMain(e: string, p: unknown): void }).__wgdEmitFromMain(e, p), [event, payload] as const);
      },
    });
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
