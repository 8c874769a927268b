import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetFile } from '../../parsers/net-file';
import { displayWidth } from '../../parsers/text-lines';
import { truncateCells } from './console-text';
import { netText } from './messages';
import { renderNetFile } from './net-file';
import { LANGUAGES, optionalPhrase, windowsPath } from './testing/render-arbitraries';

const file = fc.record({
  id: fc.nat(4_294_967_295),
  path: windowsPath,
  // User names hold no backslash here: net file prints the bare name (a "PC\user" would be read as a path).
  user: optionalPhrase(2, 12),
  locks: fc.nat(999),
});

describe('renderNetFile → parseNetFile round trip', () => {
  it('gives back every open file, its path cut to 39 cells and its user to 20 as net.exe prints them', () => {
    fc.assert(
      fc.property(fc.array(file, { maxLength: 12 }), fc.constantFrom(...LANGUAGES), (files, language) => {
        const text = renderNetFile(files, language);
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        const parsed = parseNetFile(text);
        expect(parsed.files.map(({ id, path, user, locks }) => ({ id, path, user, locks }))).toEqual(
          files.map((f) => ({ id: f.id, path: truncateCells(f.path, 39).trimEnd(), user: truncateCells(f.user, 20).trimEnd(), locks: f.locks })),
        );
        // A cut path fills its column, and the parser flags it as possibly cut. (Not when the cut ends in a
        // space or a wide character straddled the edge: padding is then left, as after a path that fits.)
        parsed.files.forEach((parsedFile, index) => {
          const cut = truncateCells(files[index]!.path, 39);
          if (cut !== files[index]!.path && displayWidth(cut) === 39 && !cut.endsWith(' ')) expect(parsedFile.pathMayBeTruncated).toBe(true);
        });
        expect(parsed.messages).toEqual([files.length === 0 ? netText(language).noEntries : netText(language).commandCompleted]);
        expect(parsed.unrecognizedLines).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
