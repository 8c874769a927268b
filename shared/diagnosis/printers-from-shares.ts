import type { NetShare } from '../parsers/net-share';
import type { PrinterRecord } from '../parsers/printers-json';

/**
 * The shared printers `net share` shows, for when neither Get-Printer (Windows 8 and later) nor the
 * registry's printer list was read: an XP PC has no Get-Printer, and a folder collected by hand may hold
 * net-share.txt alone. A row is a printer share by the net-share parser's rule (NetShare.isPrinter):
 * its resource is a printer port (LPT1:, USB001, IP_…, WSD-…, …) or its remark starts with "Spooled".
 * The word is English and unconfirmed by any capture (domain notes: L), so the port is the signal that
 * does not depend on it. Only the share name is known; the printer's own name is not printed there.
 */
export function printersFromShares(shares: readonly NetShare[]): PrinterRecord[] {
  return shares
    .filter((share) => share.isPrinter)
    .map((share) => ({ name: share.name, shareName: share.name, shared: true, portName: share.resource, driverName: '', onlyShareName: true }));
}
