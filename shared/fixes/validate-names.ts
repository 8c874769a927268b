/**
 * Names that reach a Windows command come from the diagnosis, never as free text; these checks are the
 * second lock. Nothing runs through a shell, but a name that carries shell or PowerShell metacharacters,
 * quotes, path separators or a leading option dash has no business in a printer or computer name here,
 * so it is refused outright rather than passed on.
 */
export type NameProblem = 'empty' | 'too-long' | 'control-character' | 'shell-character' | 'path' | 'option-like';

const SHELL_CHARACTERS = /["'`$;&|<>^%*?!]/;
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export function printerNameProblem(name: string): NameProblem | null {
  return printerOrShareNameProblem(name, 220);
}

export function shareNameProblem(name: string): NameProblem | null {
  return printerOrShareNameProblem(name, 80);
}

function printerOrShareNameProblem(name: string, maxLength: number): NameProblem | null {
  if (name.trim() === '') return 'empty';
  if (name.length > maxLength) return 'too-long';
  if (CONTROL_CHARACTERS.test(name)) return 'control-character';
  if (SHELL_CHARACTERS.test(name)) return 'shell-character';
  // Printer and share names cannot hold \ or , (Windows reserves them); "..", / and a leading dash or
  // slash are path and option tricks.
  if (/[\\/,]/.test(name) || name.includes('..')) return 'path';
  if (/^[-/]/.test(name)) return 'option-like';
  return null;
}

/**
 * A client as net session names it: a NetBIOS or DNS name, an IPv4 address, or a bracketed IPv6
 * address; optionally with its leading backslashes.
 */
export function computerNameProblem(name: string): NameProblem | null {
  const bare = name.replace(/^\\\\/, '');
  if (bare === '') return 'empty';
  if (bare.length > 63) return 'too-long';
  // A bracketed IPv6 address may carry a zone id ("%9"): the only place a % is a name's own.
  if (/^\[[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?\]$/.test(bare)) return null;
  if (CONTROL_CHARACTERS.test(bare)) return 'control-character';
  if (SHELL_CHARACTERS.test(bare)) return 'shell-character';
  if (/[\\/]/.test(bare) || bare.includes('..')) return 'path';
  if (/^[-]/.test(bare)) return 'option-like';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(bare)) return 'shell-character';
  return null;
}
