import { GET_PRINTERS_SCRIPT, powershellArgs } from '../commands/powershell-scripts';
import type { WindowsProgramName } from '../commands/windows-program';
import { CURRENT_VERSION_KEY, LANMAN_SERVER_PARAMETERS_KEY, LSA_KEY, PRINTERS_KEY } from '../windows/registry-keys';
import { scQueryServerConfigCommand } from '../windows/service-command-lines';
import { printerCmdletsIn } from '../windows/windows-tools';
import type { WindowsFamily } from '../windows/windows-version';
import type { SourceId } from './readings';

export interface ScanSource {
  readonly id: SourceId;
  readonly program: WindowsProgramName;
  readonly args: readonly string[];
  /** For a command that writes its own encoding (the PowerShell scripts write UTF-8). */
  readonly codePage?: number;
  readonly timeoutMs?: number;
}

/** What a scan reads, and how. Every command only reads; none changes the machine. */
export const SCAN_SOURCES: readonly ScanSource[] = [
  { id: 'net-session', program: 'net', args: ['session'] },
  { id: 'net-file', program: 'net', args: ['file'] },
  { id: 'net-share', program: 'net', args: ['share'] },
  { id: 'nbtstat', program: 'nbtstat', args: ['-s'] },
  { id: 'netstat', program: 'netstat', args: ['-ano'] },
  { id: 'net-config-server', program: 'net', args: ['config', 'server'] },
  // The Server service's start type: what starting it must change, and what undo puts back.
  { id: 'sc-lanmanserver', ...scQueryServerConfigCommand() },
  { id: 'reg-lsa', program: 'reg', args: ['query', LSA_KEY] },
  { id: 'reg-lanmanserver', program: 'reg', args: ['query', LANMAN_SERVER_PARAMETERS_KEY] },
  { id: 'reg-version', program: 'reg', args: ['query', CURRENT_VERSION_KEY] },
  // Every printer, shared or not, with its share name: works on every version (Get-Printer needs 8+).
  { id: 'reg-printers', program: 'reg', args: ['query', PRINTERS_KEY, '/s'] },
  // PowerShell starts slowly (seconds on an old PC), hence its own timeout.
  { id: 'printers', program: 'powershell', args: powershellArgs(GET_PRINTERS_SCRIPT), codePage: 65001, timeoutMs: 45_000 },
];

/** Where Windows certainly has no Get-Printer, the printers source failing is expected, not a finding. */
export function isPrintersSourceApplicable(family: WindowsFamily): boolean {
  return printerCmdletsIn(family) !== 'no';
}
