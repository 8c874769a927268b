import type { ApiHandlers, AppInfo } from '../../shared/ipc/contract';

export interface AppHandlerDependencies {
  readonly appInfo: AppInfo;
}

/** The main process's answers to the renderer: plain functions over injected services. */
export function createAppHandlers(dependencies: AppHandlerDependencies): ApiHandlers {
  return {
    getAppInfo: () => dependencies.appInfo,
  };
}
