import type { WindowsCommand } from './windows-command';

/**
 * reg.exe command lines ("reg commands", Microsoft Learn). Values are written with /f so reg never stops
 * to ask; only the fixes' allowlist (shared/fixes/registry-allowlist.ts) decides which ones.
 */
export function regQueryKeyCommand(key: string): WindowsCommand {
  return { program: 'reg', args: ['query', key] };
}

export function regAddDwordCommand(key: string, name: string, data: number): WindowsCommand {
  if (!Number.isInteger(data) || data < 0 || data > 0xffffffff) throw new Error(`${data} is not a REG_DWORD`);
  return { program: 'reg', args: ['add', key, '/v', name, '/t', 'REG_DWORD', '/d', String(data), '/f'] };
}

export function regDeleteValueCommand(key: string, name: string): WindowsCommand {
  return { program: 'reg', args: ['delete', key, '/v', name, '/f'] };
}

/** Saves a key to a .reg file (UTF-16, as reg.exe writes it); /y overwrites without asking. */
export function regExportCommand(key: string, file: string): WindowsCommand {
  return { program: 'reg', args: ['export', key, file, '/y'] };
}
