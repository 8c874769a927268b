/**
 * The only PowerShell the app runs: fixed scripts, never text assembled from input. A script that needs
 * a value (a printer name) reads it from an environment variable the runner sets, so no name can become
 * code. The output is forced to UTF-8 so it does not depend on the console code page.
 */
export const GET_PRINTERS_SCRIPT =
  "[Console]::OutputEncoding = [Text.Encoding]::UTF8; Get-Printer | Select-Object Name,ShareName,Shared,PortName,DriverName | ConvertTo-Json -Compress";

/** Arguments that make PowerShell run one fixed script and nothing else from the user's profile. */
export function powershellArgs(script: string): string[] {
  return ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', script];
}
