import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScQueryConfig, parseScQueryState } from './sc-service';
import { consoleTextArbitrary } from './testing/console-text-arbitrary';
import qcAuto from '../fixtures/documented-layout/sc-qc__documented-win10__en__01.txt?raw';
import qcMissing from '../fixtures/documented-layout/sc-qc__documented-win10__en__03.txt?raw';
import qcGerman from '../fixtures/documented-layout/sc-qc__documented-winxp__de__04.txt?raw';
import queryRunning from '../fixtures/documented-layout/sc-query__documented-win10__en__01.txt?raw';

const samples = [qcAuto, qcMissing, qcGerman, queryRunning];

describe('the sc parsers on arbitrary input', () => {
  it('never throw, and place every non-blank line once: a result line, the name, a field, a message or unrecognized', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        for (const result of [parseScQueryConfig(text), parseScQueryState(text)]) {
          const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
          for (const field of result.fields) expect(lines[field.lineNumber - 1]).toContain(field.label);
          for (const line of result.unrecognizedLines) expect(lines[line.lineNumber - 1]).toBe(line.text);
          const nonBlank = lines.filter((line) => line.trim() !== '').length;
          const placed =
            result.fields.reduce((sum, field) => sum + 1 + field.more.length, 0) +
            result.messages.length +
            result.unrecognizedLines.length +
            (result.serviceName === null ? 0 : 1);
          // The result line ("[SC] … SUCCESS") is the one line not counted above.
          expect([nonBlank, nonBlank - 1]).toContain(placed);
        }
        const config = parseScQueryConfig(text);
        if (config.startType !== null) expect(Number.isSafeInteger(config.startType)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
