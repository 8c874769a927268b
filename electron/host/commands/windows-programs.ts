import path from 'node:path';
import type { WindowsProgramName } from '../../../shared/commands/windows-program';

/**
 * The only programs Workgroup Doctor ever starts, by their file name under %SystemRoot%\System32.
 * Nothing the renderer sends can add to this list or name a path.
 */
export const WINDOWS_PROGRAMS = {
  net: 'net.exe',
  nbtstat: 'nbtstat.exe',
  netstat: 'NETSTAT.EXE',
  reg: 'reg.exe',
  chcp: 'chcp.com',
  fltmc: 'fltmc.exe',
  powershell: 'WindowsPowerShell\\v1.0\\powershell.exe',
  rundll32: 'rundll32.exe',
  /** The Server service's start type and state (sc qc / sc query), and setting its start type. */
  sc: 'sc.exe',
} as const satisfies Record<WindowsProgramName, string>;

export type WindowsProgram = WindowsProgramName;

/**
 * %SystemRoot%\System32, from the environment of this process (Windows always sets SystemRoot).
 * An x64 build of the app sees the real System32; a 32-bit build would be redirected to SysWOW64,
 * which has no nbtstat.exe, so the app ships x64 only.
 */
export function defaultSystem32Directory(env: NodeJS.ProcessEnv = process.env): string {
  const systemRoot = env.SystemRoot ?? env.SYSTEMROOT ?? 'C:\\Windows';
  return path.win32.join(systemRoot, 'System32');
}

/**
 * The absolute path of an allowlisted program inside `binDirectory`. Tests point `binDirectory` at a
 * folder of fake executables; the file names stay the Windows ones.
 */
export function programPath(binDirectory: string, program: WindowsProgram): string {
  const relative = WINDOWS_PROGRAMS[program];
  const pathApi = binDirectory.includes('\\') ? path.win32 : path.posix;
  return pathApi.join(binDirectory, ...relative.split('\\'));
}

/**
 * A planned command's argv as Windows runs it: the program's full path under %SystemRoot%\System32,
 * then its arguments. Shown to technicians for every target, simulated or saved outputs included: it is
 * the command the real PC runs.
 */
export function systemArgv(command: { readonly program: WindowsProgram; readonly args: readonly string[] }, env: NodeJS.ProcessEnv = process.env): string[] {
  return [programPath(defaultSystem32Directory(env), command.program), ...command.args];
}
