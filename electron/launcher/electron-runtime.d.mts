export interface RuntimeOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Another copy of the electron npm package (tests). */
  readonly packageDirectory?: string;
}
/** The Electron executable, or why there is none. */
export function findElectronBinary(options?: RuntimeOptions): { path: string } | { missing: string };
/** The binary, downloading it first with Electron's own installer when it is missing. */
export function ensureElectronBinary(
  options?: RuntimeOptions & { log?: (line: string) => void; recordFile?: string | null },
): Promise<{ path: string; downloaded: boolean } | { missing: string }>;
/** What the last attempt to fetch the runtime found, if one was recorded. */
export function lastInstallAttempt(): { at: string; path?: string; missing?: string } | null;
export const INSTALL_RECORD: string;
