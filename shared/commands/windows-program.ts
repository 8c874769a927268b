/** The names of the only programs Workgroup Doctor ever starts (their files: electron/host/commands/windows-programs.ts). */
export const WINDOWS_PROGRAM_NAMES = ['net', 'nbtstat', 'netstat', 'reg', 'chcp', 'fltmc', 'powershell', 'rundll32', 'sc'] as const;
export type WindowsProgramName = (typeof WINDOWS_PROGRAM_NAMES)[number];
