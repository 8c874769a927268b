import type { PrinterRecord } from './printers-json';
import type { RegValue } from './reg-query';

/** PRINTER_ATTRIBUTE_SHARED: the bit of a printer's Attributes value that says it is shared. */
const PRINTER_ATTRIBUTE_SHARED = 0x8;

/**
 * Printers from `reg query HKLM\SYSTEM\CurrentControlSet\Control\Print\Printers /s`: one subkey per
 * printer, named after it, with "Share Name", "Port", "Printer Driver" and the Attributes bits. This
 * works on every Windows version, where Get-Printer needs Windows 8.
 */
export function printersFromRegistry(values: readonly RegValue[]): PrinterRecord[] {
  const byPrinter = new Map<string, Map<string, RegValue>>();
  for (const value of values) {
    const match = /\\Control\\Print\\Printers\\([^\\]+)$/i.exec(value.key);
    if (!match) continue;
    const printer = match[1]!;
    const entries = byPrinter.get(printer) ?? new Map<string, RegValue>();
    entries.set(value.name.toLowerCase(), value);
    byPrinter.set(printer, entries);
  }
  return [...byPrinter].map(([name, entries]) => {
    const text = (valueName: string) => {
      const data = entries.get(valueName)?.data;
      return typeof data === 'string' ? data : '';
    };
    const attributes = entries.get('attributes')?.data;
    return {
      name,
      shareName: text('share name'),
      shared: typeof attributes === 'number' && (attributes & PRINTER_ATTRIBUTE_SHARED) !== 0,
      portName: text('port'),
      driverName: text('printer driver'),
    };
  });
}
