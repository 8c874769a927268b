/**
 * What a `net share` resource is: a drive path (C:\, D:\Shares), a UNC path, or a printer port.
 * Read for every share of a long list, so the common drive path is told apart by its first two
 * characters before any pattern runs.
 */
export function looksLikeResource(text: string): boolean {
  return startsWithDrive(text) || text.startsWith('\\\\') || isPrinterPort(text);
}

/** The remark starts with "Spooled" (English) or the resource is a printer port. */
export function isPrinterShare(resource: string, remark: string): boolean {
  return startsWithSpooled(remark) || (resource !== '' && isPrinterPort(resource));
}

//   C:\   D:\Shares   E:
function startsWithDrive(text: string): boolean {
  return isAsciiLetter(text.charCodeAt(0)) && text.charCodeAt(1) === COLON && (text.length === 2 || text.charCodeAt(2) === BACKSLASH);
}

const SPOOLED = /^spooled\b/iu;

function startsWithSpooled(remark: string): boolean {
  const first = remark.charCodeAt(0);
  return (first === 83 || first === 115) && SPOOLED.test(remark);
}

// Printer ports as Windows names them. The "Spooled" remark is English-only and unverified in
// captures, so the port is the second, language-independent signal:
//   LPT1: COM2:                 parallel and serial ports
//   USB001 DOT4_001 TS001       USB, IEEE 1284.4 and Remote Desktop redirected ports
//   IP_192.168.1.5 192.168.1.5  Standard TCP/IP ports (older and newer default names)
//   WSD-<guid>.0064             Web Services for Devices ports
//   FILE: NUL: XPSPort: PORTPROMPT: SHRFAX: Ne01:   local ports of virtual printers
// A pooled printer lists several ports separated by commas.
const PRINTER_PORTS: readonly RegExp[] = [
  /^(?:LPT|COM)\d{1,3}:?$/iu,
  /^(?:USB|DOT4_|TS)\d{3}$/iu,
  /^IP_[\w.:-]+$/iu,
  /^\d{1,3}(?:\.\d{1,3}){3}(?:_\d+)?$/u,
  /^WSD-[0-9a-f-]+(?:\.\d+)?$/iu,
  /^(?:FILE|NUL|XPSPort|PORTPROMPT|SHRFAX|Ne\d{2}):$/iu,
];

function isPrinterPort(resource: string): boolean {
  // No port starts with a letter and a colon, or with a backslash: a path is none.
  const first = resource.charCodeAt(0);
  if (first === BACKSLASH || (isAsciiLetter(first) && resource.charCodeAt(1) === COLON)) return false;
  const ports = resource.split(',').map((port) => port.trim());
  return ports.length > 0 && ports.every((port) => PRINTER_PORTS.some((pattern) => pattern.test(port)));
}

const COLON = 58;
const BACKSLASH = 92;
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
