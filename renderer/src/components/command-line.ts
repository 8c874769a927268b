import type { PlannedCommand } from '../../../shared/fixes/fix-plan';

/** A planned command as a technician would type it (with the environment a script reads). */
export function commandLine(command: PlannedCommand): string {
  const quote = (part: string) => (/[\s"]/.test(part) || part === '' ? JSON.stringify(part) : part);
  const env = Object.entries(command.env ?? {})
    .map(([name, value]) => `${name}=${quote(value)} `)
    .join('');
  return `${env}${[command.program, ...command.args].map(quote).join(' ')}`;
}
