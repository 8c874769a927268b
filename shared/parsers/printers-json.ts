import * as v from 'valibot';
import { plainObject } from '../validation/plain-data';
import { summarizeProblems, validate } from '../validation/validate';

/**
 * Printers as `Get-Printer | Select-Object Name,ShareName,Shared,PortName,DriverName | ConvertTo-Json`
 * writes them (Windows 8 and later). ConvertTo-Json writes one object for one printer and an array
 * for several; nothing at all when there are none.
 */
export interface PrinterRecord {
  readonly name: string;
  /** "" when the printer has never been shared. */
  readonly shareName: string;
  readonly shared: boolean;
  readonly portName: string;
  readonly driverName: string;
  /**
   * Only the share was seen (net share, when neither Get-Printer nor the registry was read): `name` then
   * holds the share name, because the printer's own name is not in net share's output.
   */
  readonly onlyShareName?: true;
}

export interface PrinterList {
  readonly printers: PrinterRecord[];
  /** Why the text could not be read, in English for technicians; null when it was read. */
  readonly problem: string | null;
}

/** Text that PowerShell may leave out or write as null (a printer never shared has no share name). */
const optionalText = v.optional(v.nullable(v.string('must be text or null')));

/**
 * One printer. Tolerant of what it does not use (Get-Printer without Select-Object writes dozens of other
 * properties) and of PowerShell 2-era and hand-edited files ("True" for true, a missing DriverName);
 * strict about the type of every field it does use, so a wrong one is reported rather than guessed at.
 */
const PRINTER_SCHEMA = plainObject(
  v.object({
    Name: v.pipe(v.string(), v.minLength(1, 'must be a printer name, not empty')),
    ShareName: optionalText,
    Shared: v.optional(
      v.nullable(
        v.union(
          [
            v.boolean(),
            v.pipe(
              v.string(),
              v.regex(/^(true|false)$/i),
              v.transform((word) => word.toLowerCase() === 'true'),
            ),
          ],
          'must be true or false',
        ),
      ),
    ),
    PortName: optionalText,
    DriverName: optionalText,
  }),
);

/** What ConvertTo-Json writes for several printers; one printer is the object alone. */
const PRINTER_LIST_SCHEMA = v.array(PRINTER_SCHEMA);

export function parsePrintersJson(text: string): PrinterList {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { printers: [], problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    return { printers: [], problem: `not JSON: ${(error as Error).message}` };
  }
  // The two shapes are checked apart, so the problem is named in the shape that was given.
  const checked = Array.isArray(parsed) ? validate(PRINTER_LIST_SCHEMA, parsed) : validate(PRINTER_SCHEMA, parsed);
  if (!checked.ok) return { printers: [], problem: summarizeProblems(checked.problems) };
  const items = Array.isArray(checked.value) ? checked.value : [checked.value];
  return {
    printers: items.map((item) => ({
      name: item.Name,
      shareName: item.ShareName ?? '',
      shared: item.Shared ?? false,
      portName: item.PortName ?? '',
      driverName: item.DriverName ?? '',
    })),
    problem: null,
  };
}
