/**
 * How console output looks once someone has published it, so a renderer's output can be compared with a
 * published capture. The fixtures in ../../../fixtures/windows-outputs were copied with LF line endings and
 * without trailing empty lines (INDEX.md), and most publishers' editors also stripped the spaces that
 * pad net.exe's columns at the end of a line (unedited transcripts keep them; see the tests).
 */

/** CRLF and stray CR as LF, trailing empty lines dropped, one final newline: INDEX.md's copying rules. */
export function asCopied(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

/** asCopied, and each line without trailing spaces: what the published captures show. */
export function asPublished(text: string): string {
  return asCopied(
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n'),
  );
}

/** The lines that are not blank, without trailing spaces: for captures whose blank lines were edited. */
export function nonBlankLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
}
