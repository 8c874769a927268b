import type { ApiHandlers } from '../../shared/ipc/contract';
import { createAppHandlers } from './app-handlers';
import { decideAppMode } from './app-mode';
import type { CommandLog } from './commands/command-log';

export interface AppServiceOptions {
  readonly version: string;
  readonly platform: NodeJS.Platform;
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly log: CommandLog;
}

/**
 * Everything the main process does, assembled from plain Node parts. Electron's bootstrap and the
 * browser test harness both build the app from here, so the tests exercise the handlers users get.
 */
export function createAppServices(options: AppServiceOptions): { handlers: ApiHandlers } {
  const { mode, demoReason } = decideAppMode(options.platform, options.argv, options.env);
  options.log.info(`Workgroup Doctor ${options.version} in ${mode} mode on ${options.platform}`);
  const handlers = createAppHandlers({
    appInfo: { version: options.version, platform: options.platform, mode, demoReason },
  });
  return { handlers };
}
