import iconv from 'iconv-lite';

/**
 * Console programs write in the console's OEM code page (437, 850, 866, 874, 932, 936 …), not UTF-8.
 * Bytes are concatenated first and decoded once, so a multi-byte character split across two pipe
 * chunks still decodes. iconv-lite has no "cp65001": the "Beta: UTF-8" setting maps to UTF-8.
 */
export function iconvEncodingForCodePage(codePage: number): string | null {
  if (codePage === 65001) return 'utf8';
  if (codePage === 1200) return 'utf16le';
  const candidates = [`cp${codePage}`, `windows-${codePage}`];
  return candidates.find((name) => iconv.encodingExists(name)) ?? null;
}

export function decodeConsoleBytes(bytes: Buffer, codePage: number): string {
  const encoding = iconvEncodingForCodePage(codePage) ?? 'cp437';
  return iconv.decode(bytes, encoding);
}

/** Used by the simulated host to write its output the way a real console would. */
export function encodeConsoleText(text: string, codePage: number): Buffer {
  const encoding = iconvEncodingForCodePage(codePage) ?? 'cp437';
  return iconv.encode(text, encoding);
}

/**
 * Text saved by hand arrives in more shapes than a console writes: PowerShell 5.1's `>` writes UTF-16LE
 * with a byte-order mark, Notepad may add a UTF-8 BOM. A BOM (or UTF-16's telltale zero bytes) decides;
 * otherwise `fallbackCodePage` does.
 */
export function decodeSavedText(bytes: Buffer, fallbackCodePage: number): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf16be');
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (looksLikeUtf16Le(bytes)) return iconv.decode(bytes, 'utf16le');
  return decodeConsoleBytes(bytes, fallbackCodePage);
}

function looksLikeUtf16Le(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 512);
  if (sample.length < 8) return false;
  let zeroAtOdd = 0;
  for (let i = 1; i < sample.length; i += 2) if (sample[i] === 0) zeroAtOdd++;
  return zeroAtOdd >= (sample.length / 2) * 0.6;
}
