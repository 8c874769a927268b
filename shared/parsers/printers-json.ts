/**
 * Printers as `Get-Printer | Select-Object Name,ShareName,Shared,PortName,DriverName | ConvertTo-Json`
 * writes them (Windows 8 and later). ConvertTo-Json writes one object for one printer and an array
 * for several; nothing at all when there are none. Fields are read tolerantly (PowerShell 2-era JSON
 * and hand-edited files use strings for booleans).
 */
export interface PrinterRecord {
  readonly name: string;
  /** "" when the printer has never been shared. */
  readonly shareName: string;
  readonly shared: boolean;
  readonly portName: string;
  readonly driverName: string;
}

export interface PrinterList {
  readonly printers: PrinterRecord[];
  /** Why the text could not be read, in English for technicians; null when it was read. */
  readonly problem: string | null;
}

export function parsePrintersJson(text: string): PrinterList {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { printers: [], problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    return { printers: [], problem: `not JSON: ${(error as Error).message}` };
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  const printers: PrinterRecord[] = [];
  let skipped = 0;
  for (const item of items) {
    const printer = toPrinter(item);
    if (printer) printers.push(printer);
    else skipped++;
  }
  return { printers, problem: skipped > 0 ? `${skipped} entr${skipped === 1 ? 'y is' : 'ies are'} not a printer (no Name)` : null };
}

function toPrinter(item: unknown): PrinterRecord | null {
  if (typeof item !== 'object' || item === null) return null;
  const record = item as Record<string, unknown>;
  const name = text(record.Name);
  if (name === '') return null;
  return {
    name,
    shareName: text(record.ShareName),
    shared: record.Shared === true || (typeof record.Shared === 'string' && record.Shared.toLowerCase() === 'true'),
    portName: text(record.PortName),
    driverName: text(record.DriverName),
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
