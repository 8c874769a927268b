/** Where the runner writes one line per command. The app writes to a file, the CLI to stderr on --verbose. */
export interface CommandLog {
  info(message: string): void;
  warn(message: string): void;
}

export const silentLog: CommandLog = { info: () => {}, warn: () => {} };

export function formatArgv(program: string, args: readonly string[]): string {
  return [program, ...args].map((part) => (/[\s"]/.test(part) || part === '' ? JSON.stringify(part) : part)).join(' ');
}
