/**
 * The languages a process started from a terminal should speak, best first. On Linux and macOS the
 * POSIX variables say it, and the first one set wins over the rest (LC_ALL, then LC_MESSAGES, then
 * LANG, as the C library reads them); a Windows console sets none of them, and there Node's ICU gives
 * the user's locale. The ICU locale comes last either way, so that "C" or "POSIX" still falls back to it.
 */
export function environmentLanguages(env: NodeJS.ProcessEnv): string[] {
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  const icu = new Intl.DateTimeFormat().resolvedOptions().locale;
  return posix === undefined ? [icu] : [posix, icu];
}
