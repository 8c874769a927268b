import { parseArgs, type ParseArgsConfig } from 'node:util';
import { escapeForTerminal } from '../../shared/text/escape-for-terminal';
import { previewValue } from '../../shared/text/preview-value';
import { UsageError } from './cli-io';
import { didYouMean } from './nearest-name';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** An option as the user typed it, fit to be quoted back: escaped, and cut if absurdly long. */
function asTyped(rawName: string): string {
  return escapeForTerminal(rawName.length > 60 ? `${rawName.slice(0, 60)}…` : rawName);
}

/**
 * Node's parseArgs (strict, positionals allowed), with its mistakes reported as one sentence: Node's
 * own messages run over several lines, explain quoting with '--' and echo what was typed raw. The
 * command line is first read leniently as tokens, so each mistake can be named as the user typed it
 * ("unknown option --scenaro", "--from needs a value"); only then is it parsed for real.
 */
export function parseCommandLine<const Options extends OptionsConfig>(args: readonly string[], options: Options) {
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    const typed = asTyped(token.rawName);
    if (option === undefined) {
      const suggestion = token.rawName.startsWith('--') ? didYouMean(token.name, Object.keys(options), (name) => `--${name}`) : '';
      throw new UsageError(`unknown option ${typed}${suggestion}`);
    }
    if (option.type === 'boolean' && token.value !== undefined) throw new UsageError(`${typed} takes no value (it was given ${previewValue(token.value)})`);
    if (option.type === 'string' && token.value === undefined) throw new UsageError(`${typed} needs a value`);
    // What parseArgs calls ambiguous: "--from --json" is more likely a forgotten value than a folder named --json.
    if (option.type === 'string' && !token.inlineValue && token.value !== undefined && token.value.length > 1 && token.value.startsWith('-')) {
      throw new UsageError(
        `${typed} needs a value, and ${previewValue(token.value)} looks like an option; to give a value that starts with a dash, write ${typed}=VALUE`,
      );
    }
  }
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Anything the checks above did not foresee is still a usage mistake, said in one line.
    if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(`the command line could not be read: ${escapeForTerminal((error as Error).message.split('\n')[0]!)}`);
    }
    throw error;
  }
}
