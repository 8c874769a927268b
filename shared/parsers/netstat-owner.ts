import type { NumberedLine } from './text-lines';

/**
 * The lines `netstat -b` prints under a row, naming who owns the connection. Microsoft's netstat
 * documentation: "the executable name is in [] at the bottom, on top is the component it called, and
 * so forth"; when the owner cannot be read, one line says so instead (localized):
 *   "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       748"
 *   "  RpcSs"                                         components (none or several), two spaces
 *   " [svchost.exe]"                                  the executable, in brackets, one space
 *   "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4"
 *   " Can not obtain ownership information"           "Impossible d’obtenir les informations de propriétaire"
 * Indented lines that make up neither shape (several lines that never reach a bracketed executable,
 * or anything after the executable) are not owner lines, and the parser reports them.
 */
export class OwnerLines {
  private readonly lines: NumberedLine[] = [];
  private endedByExecutable = false;

  /** Whether another line can still belong here: nothing follows the executable. */
  get open(): boolean {
    return !this.endedByExecutable;
  }

  add(line: NumberedLine): void {
    this.lines.push(line);
    if (isExecutableLine(line.text)) this.endedByExecutable = true;
  }

  /** The owner lines, trimmed, top to bottom; null when there are none, or they are no owner block. */
  owner(): string[] | null {
    if (!this.endedByExecutable && this.lines.length !== 1) return null;
    return this.lines.map((line) => line.text.trim());
  }

  /** The lines, for reporting when they turned out not to be an owner block. */
  taken(): readonly NumberedLine[] {
    return this.lines;
  }
}

/** " [svchost.exe]", " [NVIDIA Web Helper.exe]". */
function isExecutableLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 2 && trimmed.startsWith('[') && trimmed.endsWith(']');
}
