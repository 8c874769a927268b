import packageJson from '../../package.json' with { type: 'json' };
import { escapeForTerminal } from '../../shared/text/escape-for-terminal';

/** Where a technician sends what --verbose printed. */
export const BUG_REPORT_URL = `${packageJson.homepage}/issues`;

/**
 * Whether the user asked for the technical details (--verbose, anywhere before a "--"). Read from the
 * raw command line, so it works for every command and even when the command line itself is wrong.
 */
export function asksForDetails(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--verbose');
}

function messageOf(error: unknown): string {
  try {
    const message = error instanceof Error ? error.message : String(error);
    return message.length > 300 ? `${message.slice(0, 300)}…` : message;
  } catch {
    return 'an error that cannot be described';
  }
}

/**
 * What the command line says about an error it did not expect (a bug): one line that says what
 * happened and what to do. A stack trace means nothing to the person at the PC and may show paths of
 * the machine it was built on, so it is printed only with --verbose, for the technician who will send it.
 */
export function describeUnexpectedError(error: unknown, details: boolean): string {
  const what = `unexpected error: ${escapeForTerminal(messageOf(error))}. This is a bug in Workgroup Doctor;`;
  if (!details) return `${what} run the same command again with --verbose and send what it prints to ${BUG_REPORT_URL}.`;
  const stack = error instanceof Error && typeof error.stack === 'string' ? escapeForTerminal(error.stack, 'multi-line') : '(no stack trace)';
  return `${what} please send everything below to ${BUG_REPORT_URL}.\n${stack}`;
}
