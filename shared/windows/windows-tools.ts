import type { WindowsFamily } from './windows-version';

/** Whether a tool is there: 'unknown' when the family alone cannot tell (a server of either era). */
export type ToolPresence = 'yes' | 'no' | 'unknown';

/**
 * Get-Printer and Set-Printer (PowerShell's PrintManagement module) come with Windows 8 and Windows
 * Server 2012 and later ("PrintManagement module", Microsoft Learn); before them printers are read from
 * the registry and changed with printui.dll ("Rundll32 printui.dll,PrintUIEntry"), which every version has.
 */
const PRINTER_CMDLETS: Readonly<Record<WindowsFamily, ToolPresence>> = {
  nt4: 'no',
  '2000': 'no',
  xp: 'no',
  'server-2003': 'no',
  vista: 'no',
  '7': 'no',
  '8': 'yes',
  '8.1': 'yes',
  '10': 'yes',
  '11': 'yes',
  // Server 2008 R2 has none, Server 2012 and later have them.
  server: 'unknown',
  unknown: 'unknown',
};

/**
 * Windows PowerShell is part of Windows from Windows 7 and Windows Server 2008 on ("Windows PowerShell
 * system requirements", Microsoft Learn); XP, Server 2003 and Vista could only install it separately.
 */
const POWERSHELL_INCLUDED: Readonly<Record<WindowsFamily, ToolPresence>> = {
  nt4: 'no',
  '2000': 'no',
  xp: 'no',
  'server-2003': 'no',
  vista: 'no',
  '7': 'yes',
  '8': 'yes',
  '8.1': 'yes',
  '10': 'yes',
  '11': 'yes',
  server: 'yes',
  unknown: 'unknown',
};

export function printerCmdletsIn(family: WindowsFamily): ToolPresence {
  return PRINTER_CMDLETS[family];
}

export function powerShellIncludedIn(family: WindowsFamily): ToolPresence {
  return POWERSHELL_INCLUDED[family];
}
