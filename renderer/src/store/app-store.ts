import { create } from 'zustand';
import type { AppInfo } from '../../../shared/ipc/contract';
import { BridgeError, call } from '../api/bridge';

/** Start-up state: the app info the main process reports, or why it could not be had. */
export type Boot = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly info: AppInfo } | { readonly kind: 'failed'; readonly message: string };

export interface AppState {
  readonly boot: Boot;
  loadAppInfo(): Promise<void>;
}

export const initialAppState: Pick<AppState, 'boot'> = { boot: { kind: 'loading' } };

export const useAppStore = create<AppState>()((set) => ({
  ...initialAppState,
  async loadAppInfo() {
    try {
      set({ boot: { kind: 'ready', info: await call('getAppInfo') } });
    } catch (error) {
      set({ boot: { kind: 'failed', message: error instanceof BridgeError || error instanceof Error ? error.message : String(error) } });
    }
  },
}));
