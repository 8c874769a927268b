/**
 * PRINTER_ATTRIBUTE_SHARED (0x00000008) in a printer's Attributes: the printer is shared ("PRINTER_INFO_2
 * structure", Microsoft Learn). The spooler keeps the same bits in the printer's registry key.
 */
export const PRINTER_ATTRIBUTE_SHARED = 0x8;

export function isSharedByAttributes(attributes: number): boolean {
  return (attributes & PRINTER_ATTRIBUTE_SHARED) !== 0;
}
