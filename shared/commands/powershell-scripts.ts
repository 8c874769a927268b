/**
 * The only PowerShell the app runs: fixed scripts, never text assembled from input. A script that needs
 * a value (a printer name) reads it from an environment variable the runner sets, so no name can become
 * code. The output is forced to UTF-8 so it does not depend on the console code page.
 */
export const GET_PRINTERS_SCRIPT =
  '[Console]::OutputEncoding = [Text.Encoding]::UTF8; Get-Printer | Select-Object Name,ShareName,Shared,PortName,DriverName | ConvertTo-Json -Compress';

/** The environment variables the printer scripts read their names from. */
export const PRINTER_NAME_ENV = 'WGD_PRINTER_NAME';
export const SHARE_NAME_ENV = 'WGD_SHARE_NAME';

/** Method 2 on Windows 8 and later: stop sharing one printer (needs an administrator). */
export const UNSHARE_PRINTER_SCRIPT = `$ErrorActionPreference = 'Stop'; Set-Printer -Name $env:${PRINTER_NAME_ENV} -Shared $false`;

/** Method 2's undo: share the printer again under the name it had. */
export const SHARE_PRINTER_SCRIPT = `$ErrorActionPreference = 'Stop'; Set-Printer -Name $env:${PRINTER_NAME_ENV} -Shared $true -ShareName $env:${SHARE_NAME_ENV}`;

export const RELAUNCH_EXECUTABLE_ENV = 'WGD_EXECUTABLE';
export const RELAUNCH_ARGUMENTS_ENV = 'WGD_ARGUMENTS';

/**
 * Starts the app again through Windows' elevation prompt (UAC). Exits non-zero when the user says no,
 * so the running app can stay open and say so.
 */
export const RELAUNCH_ELEVATED_SCRIPT = `$ErrorActionPreference = 'Stop'; $start = @{ FilePath = $env:${RELAUNCH_EXECUTABLE_ENV}; Verb = 'RunAs' }; if ($env:${RELAUNCH_ARGUMENTS_ENV}) { $start.ArgumentList = $env:${RELAUNCH_ARGUMENTS_ENV} }; Start-Process @start`;

/** Arguments that make PowerShell run one fixed script and nothing else from the user's profile. */
export function powershellArgs(script: string): string[] {
  return ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', script];
}
