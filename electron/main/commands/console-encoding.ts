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
