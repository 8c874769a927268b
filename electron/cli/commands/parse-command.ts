import { isParserKind, parseOutput, PARSER_KINDS } from '../../../shared/parsers/parser-kinds';
import { previewValue } from '../../../shared/text/preview-value';
import { decodeConsoleBytes, decodeSavedText, iconvEncodingForCodePage, InputFileError, MAX_INPUT_BYTES, readBoundedFile } from '../../host';
import { CliFailure, readAll, UsageError, type CliIo } from '../cli-io';
import { parseCommandLine } from '../parse-command-line';

export const PARSE_USAGE = `workgroup-doctor parse <kind> <file|-> [--codepage N] [--verbose]

Prints the parsed output of one Windows command as JSON.
  kind         ${PARSER_KINDS.join(', ')}
  file         a saved output, or - to read standard input
  --codepage N the code page the file is in (850, 936, …); without it the file is read as UTF-8,
               or as UTF-16 when it starts with a byte-order mark (PowerShell's "> file")
  --verbose    on an unexpected error, also print its technical details (for a bug report)`;

export async function runParseCommand(args: readonly string[], io: CliIo): Promise<number> {
  // --verbose is read by main (details of an unexpected error); parse has nothing else to say.
  const { values, positionals } = parseCommandLine(args, { codepage: { type: 'string' }, verbose: { type: 'boolean' } });
  const [kind, source, ...extra] = positionals;
  if (!kind || !source) throw new UsageError('parse needs a kind and a file (or - for standard input).');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${previewValue(extra[0])}`);
  if (!isParserKind(kind)) throw new UsageError(`unknown kind ${previewValue(kind)}. Kinds: ${PARSER_KINDS.join(', ')}`);
  const codePage = values.codepage === undefined ? 65001 : Number(values.codepage);
  if (!Number.isInteger(codePage) || iconvEncodingForCodePage(codePage) === null) {
    throw new UsageError(`unknown code page ${previewValue(values.codepage)} (examples: 437, 850, 866, 874, 932, 936, 65001)`);
  }

  const bytes = source === '-' ? await readAll(io.stdin, MAX_INPUT_BYTES) : readInputFile(source);
  // An explicit code page is obeyed as given; otherwise byte-order marks and UTF-16 are recognized.
  const text = values.codepage === undefined ? decodeSavedText(bytes, 65001) : decodeConsoleBytes(bytes, codePage).replace(/^\uFEFF/, '');
  io.stdout(`${JSON.stringify(parseOutput(kind, text), null, 2)}\n`);
  return 0;
}

function readInputFile(file: string): Buffer {
  try {
    return readBoundedFile(file);
  } catch (error) {
    if (error instanceof InputFileError) throw new CliFailure(error.message);
    throw error;
  }
}
