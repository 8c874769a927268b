import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A parse keeps what it remembers from line to line in objects of its own (a cursor, a row memory), so
 * two parses can never see each other's state. Module-level variables are how that would break.
 */
const parsersDirectory = import.meta.dirname;

describe('parsers keep no state between parses', () => {
  it('declares no module-level let or var', () => {
    const offences = readdirSync(parsersDirectory)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .flatMap((name) =>
        readFileSync(path.join(parsersDirectory, name), 'utf8')
          .split('\n')
          .flatMap((line, index) => (/^(?:export\s+)?(?:let|var)\s/.test(line) ? [`${name}:${index + 1}: ${line}`] : [])),
      );
    expect(offences).toEqual([]);
  });
});
