/**
 * A command as it would be typed at a Windows command prompt. One function for every place that shows
 * or builds a command line (the plan for technicians, the CLI, the log, the elevated restart), so they
 * cannot disagree about quoting.
 *
 * Quoting follows the rules programs built with the Microsoft C runtime use to split their command line
 * (CommandLineToArgvW, "Parsing C++ command-line arguments"): an argument with a space, a tab or a quote,
 * or an empty one, is put in quotes; a quote inside is written \", and backslashes are doubled only
 * where they come before a quote.
 */
export function quoteWindowsArgument(argument: string): string {
  if (argument !== '' && !/[\s"]/.test(argument)) return argument;
  let quoted = '"';
  let backslashes = 0;
  for (const character of argument) {
    if (character === '\\') {
      backslashes++;
      continue;
    }
    if (character === '"') quoted += '\\'.repeat(backslashes * 2 + 1);
    else quoted += '\\'.repeat(backslashes);
    backslashes = 0;
    quoted += character;
  }
  return `${quoted}${'\\'.repeat(backslashes * 2)}"`;
}

/** argv as one line, with the environment values a script reads written in front (NAME=value). */
export function formatCommandLine(argv: readonly string[], env: Readonly<Record<string, string>> = {}): string {
  const assignments = Object.entries(env).map(([name, value]) => `${name}=${quoteWindowsArgument(value)} `);
  return `${assignments.join('')}${argv.map(quoteWindowsArgument).join(' ')}`;
}
