import type { HostFacts } from '../host-facts';
import { limitEvidence, listNames, type DiagnosisContext, type Finding } from '../finding';
import type { Evidence } from '../evidence';

/** printer-shared-here: this PC shares a printer (net share's printer rows, or Get-Printer). */
export function checkPrinterShared(facts: HostFacts, context: DiagnosisContext): Finding[] {
  const names: string[] = [];
  const found: Evidence[] = [];
  for (const share of facts.shares ?? []) {
    if (!share.isPrinter) continue;
    names.push(share.name);
    found.push(facts.lines.line('net-share', share.lineNumber));
  }
  for (const printer of facts.printers ?? []) {
    if (!printer.shared || names.some((name) => name.toLowerCase() === printer.shareName.toLowerCase())) continue;
    names.push(printer.shareName || printer.name);
    found.push({ source: 'printers', lineNumber: null, text: `${printer.name} (shared as "${printer.shareName}", port ${printer.portName})` });
  }
  if (names.length === 0) return [];
  const { evidence, moreEvidence } = limitEvidence(found);
  return [
    {
      id: 'printer-shared-here',
      // On a client, a shared printer is what Method 2 removes; on a print host it is the point.
      severity: context.role === 'client' ? 'warning' : 'info',
      params: { count: names.length, printers: listNames(names), moreEvidence },
      evidence,
      // On the PC the others connect to, its own shared printer is not the cause; the clients' are.
      ...(context.role === 'host' ? { variant: 'host' } : {}),
    },
  ];
}
