import { escapeForTerminal } from '../../shared/text/escape-for-terminal';
import { previewValue } from '../../shared/text/preview-value';
import { CliFailure, UsageError, type CliIo } from './cli-io';
import type { CliContext } from './cli-host';
import { APPLY_USAGE, runApplyCommand } from './commands/apply-command';
import { CHECK_REMOTE_USAGE, runCheckRemoteCommand } from './commands/check-remote-command';
import { COLLECT_USAGE, runCollectCommand } from './commands/collect-command';
import { DIAGNOSE_USAGE, runDiagnoseCommand } from './commands/diagnose-command';
import { MONITOR_USAGE, runMonitorCommand } from './commands/monitor-command';
import { PARSE_USAGE, runParseCommand } from './commands/parse-command';
import { PLAN_USAGE, runPlanCommand } from './commands/plan-command';
import { REPORT_USAGE, runReportCommand } from './commands/report-command';
import { runServeCommand, SERVE_USAGE } from './commands/serve-command';
import { CHANGES_USAGE, UNDO_USAGE, runChangesCommand, runUndoCommand } from './commands/undo-command';
import { EXIT } from './exit-status';
import { didYouMean } from './nearest-name';
import { asksForDetails, describeUnexpectedError } from './unexpected-error';

type Command = { readonly run: (args: readonly string[], io: CliIo, context: CliContext) => Promise<number>; readonly usage: string };

const COMMANDS: Readonly<Record<string, Command>> = {
  diagnose: { run: runDiagnoseCommand, usage: DIAGNOSE_USAGE },
  monitor: { run: runMonitorCommand, usage: MONITOR_USAGE },
  'check-remote': { run: runCheckRemoteCommand, usage: CHECK_REMOTE_USAGE },
  collect: { run: runCollectCommand, usage: COLLECT_USAGE },
  plan: { run: runPlanCommand, usage: PLAN_USAGE },
  apply: { run: runApplyCommand, usage: APPLY_USAGE },
  undo: { run: runUndoCommand, usage: UNDO_USAGE },
  changes: { run: runChangesCommand, usage: CHANGES_USAGE },
  report: { run: runReportCommand, usage: REPORT_USAGE },
  parse: { run: runParseCommand, usage: PARSE_USAGE },
  serve: { run: runServeCommand, usage: SERVE_USAGE },
};

const GENERAL_USAGE = `Workgroup Doctor: finds and fixes "System error 71" on Windows workgroup PCs.

Usage: workgroup-doctor <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((command) => `  ${command.usage.split('\n')[0]}`)
  .join('\n')}

Run "workgroup-doctor help <command>" for the options of one command. With --verbose, any command
also prints the technical details of an unexpected error. "workgroup-doctor --version" prints the version.

Exit status: 0 done (diagnose: nothing wrong found), 1 could not do it, 2 called wrongly,
3 diagnose found warnings only or could not check something, 4 diagnose found a problem
(check-remote: 0 it answers, 3 another answer, 4 it is full).`;

/**
 * Everything the command line prints passes here. Values from input are escaped where they are
 * quoted (see escapeForTerminal), including their line feeds; this is the net under that: whatever
 * control character still reaches the terminal (from a parsed file, a scenario's text …) is escaped,
 * keeping only the line feeds and tabs of the output's own layout.
 */
function terminalSafe(io: CliIo): CliIo {
  return {
    stdin: io.stdin,
    stdout: (text) => io.stdout(escapeForTerminal(text, 'multi-line')),
    stderr: (text) => io.stderr(escapeForTerminal(text, 'multi-line')),
  };
}

/** "unknown command X (did you mean Y?)": one line, then where the list of commands is. */
function unknownCommand(io: CliIo, name: string): number {
  const suggestion = didYouMean(name, Object.keys(COMMANDS));
  io.stderr(`workgroup-doctor: unknown command ${previewValue(name)}${suggestion}. "workgroup-doctor help" lists the commands.\n`);
  return EXIT.usage;
}

/**
 * The CLI: returns the exit status (see exit-status.ts: 0 done, 1 could not do it, 2 called wrongly;
 * diagnose also 3 and 4). Whatever goes wrong ends in one line on stderr; only --verbose adds a stack
 * trace, for an error that is a bug.
 */
export async function main(argv: readonly string[], rawIo: CliIo, context: CliContext): Promise<number> {
  const io = terminalSafe(rawIo);
  const [name, ...args] = argv;
  if (name === '--version' || name === '-V') {
    io.stdout(`workgroup-doctor ${context.version}\n`);
    return EXIT.ok;
  }
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const [topicName] = args;
    if (topicName === undefined) {
      io.stdout(`${GENERAL_USAGE}\n`);
      return EXIT.ok;
    }
    return Object.hasOwn(COMMANDS, topicName) ? (io.stdout(`${COMMANDS[topicName]!.usage}\n`), EXIT.ok) : unknownCommand(io, topicName);
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return unknownCommand(io, name);
  try {
    return await command.run(args, io, context);
  } catch (error) {
    // Messages are one line by design; a value quoted in one cannot break it into several.
    if (error instanceof UsageError) {
      io.stderr(`workgroup-doctor ${name}: ${escapeForTerminal(error.message)}\n${error.withUsage ? `\n${command.usage}\n` : ''}`);
      return EXIT.usage;
    }
    if (error instanceof CliFailure) {
      io.stderr(`workgroup-doctor ${name}: ${escapeForTerminal(error.message)}\n`);
      return EXIT.failed;
    }
    io.stderr(`workgroup-doctor ${name}: ${describeUnexpectedError(error, asksForDetails(argv))}\n`);
    return EXIT.failed;
  }
}
