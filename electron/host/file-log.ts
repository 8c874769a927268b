import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { CommandLog } from './commands/command-log';

/**
 * The app's log: one timestamped line per event, appended synchronously so a crash loses nothing.
 * The file path is resolved on first write (Electron knows its log folder only once it is ready).
 */
export function createFileLog(filePath: () => string, echo: (line: string) => void = (line) => console.log(line)): CommandLog {
  let file: string | null = null;
  const write = (level: string, message: string) => {
    const line = `${new Date().toISOString()} ${level} ${message}`;
    echo(line);
    try {
      file ??= filePath();
      mkdirSync(path.dirname(file), { recursive: true });
      appendFileSync(file, `${line}\n`);
    } catch {
      // A log that cannot be written must never stop the app; the line was echoed to the console.
    }
  };
  return { info: (message) => write('INFO', message), warn: (message) => write('WARN', message) };
}
