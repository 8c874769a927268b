import { describe, expect, it } from 'vitest';
import { UsageError } from './cli-io';
import { parseCommandLine } from './parse-command-line';

const OPTIONS = { from: { type: 'string' }, json: { type: 'boolean' }, printer: { type: 'string', multiple: true } } as const;

function mistakeIn(args: readonly string[]): string {
  try {
    parseCommandLine(args, OPTIONS);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('no mistake found');
}

describe('parseCommandLine', () => {
  it('parses what parseArgs parses', () => {
    expect(parseCommandLine(['x', '--from', 'D:\\pc', '--json', '--printer', 'A', '--printer=B', '--', '--json'], OPTIONS)).toEqual({
      values: { from: 'D:\\pc', json: true, printer: ['A', 'B'] },
      positionals: ['x', '--json'],
    });
    expect(parseCommandLine(['--from', '-'], OPTIONS).values.from).toBe('-');
    expect(parseCommandLine(['--from=-dash'], OPTIONS).values.from).toBe('-dash');
  });

  it.each([
    [['--scenaro', 'x'], 'unknown option --scenaro'],
    [['--scenaro=x'], 'unknown option --scenaro'],
    [['-q'], 'unknown option -q'],
    [['-jx'], 'unknown option -j'],
    [['--constructor'], 'unknown option --constructor'],
    [['--__proto__'], 'unknown option --__proto__'],
    [['--from'], '--from needs a value'],
    [['--printer'], '--printer needs a value'],
    [['--from', '--json'], '--from needs a value, and "--json" looks like an option; to give a value that starts with a dash, write --from=VALUE'],
    [['--json=no'], '--json takes no value (it was given "no")'],
    [['--\u001b[31m'], 'unknown option --\\u001b[31m'],
  ])('says %j in one sentence: %s', (args, sentence) => {
    expect(mistakeIn(args)).toBe(sentence);
  });
});
