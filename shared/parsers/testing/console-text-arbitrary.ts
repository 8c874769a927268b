import fc from 'fast-check';

/**
 * Arbitrary "console output" for property tests: pure noise, and real captures mutated the way real
 * output goes wrong (lines cut short, characters replaced, lines duplicated or dropped, line endings
 * mixed, wide characters and control characters inserted). Parsers must return, never throw.
 */
export function consoleTextArbitrary(samples: readonly string[]): fc.Arbitrary<string> {
  const noise = fc.string({ unit: 'binary', maxLength: 400 });
  const tableish = fc
    .array(
      fc.oneof(
        fc.constant('-'.repeat(79)),
        fc.constant(''),
        fc.string({ unit: fc.constantFrom(' ', '\\', ':', '-', '0', '9', 'a', 'Z', '\t', '漢', '\u00a0'), maxLength: 120 }),
        fc.string({ unit: 'grapheme', maxLength: 90 }),
      ),
      { maxLength: 30 },
    )
    .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));
  if (samples.length === 0) return fc.oneof(noise, tableish);
  const mutated = fc
    .tuple(fc.constantFrom(...samples), fc.array(mutationArbitrary(), { minLength: 1, maxLength: 6 }))
    .map(([sample, mutations]) => mutations.reduce((lines, mutate) => mutate(lines), sample.split('\n')).join('\n'));
  return fc.oneof(noise, tableish, mutated);
}

type Mutation = (lines: string[]) => string[];

function mutationArbitrary(): fc.Arbitrary<Mutation> {
  const position = fc.nat();
  return fc.oneof(
    position.map(
      (p): Mutation =>
        (lines) =>
          lines.filter((_, i) => i !== p % Math.max(lines.length, 1)),
    ),
    position.map((p): Mutation => (lines) => {
      const i = p % Math.max(lines.length, 1);
      return [...lines.slice(0, i), lines[i] ?? '', ...lines.slice(i)];
    }),
    fc.tuple(position, fc.nat(120)).map(
      ([p, cut]): Mutation =>
        (lines) =>
          lines.map((line, i) => (i === p % Math.max(lines.length, 1) ? line.slice(0, cut) : line)),
    ),
    fc.tuple(position, fc.nat(120), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 })).map(
      ([p, at, text]): Mutation =>
        (lines) =>
          lines.map((line, i) => (i === p % Math.max(lines.length, 1) ? line.slice(0, at) + text + line.slice(at + text.length) : line)),
    ),
    fc.constant<Mutation>((lines) => lines.map((line) => `${line}\r`)),
    fc.constant<Mutation>((lines) => lines.map((line) => line.replace(/ {2,}/g, ' '))),
  );
}
