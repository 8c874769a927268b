import { CliFailure, UsageError, type CliIo } from './cli-io';
import type { CliContext } from './cli-host';
import { APPLY_USAGE, runApplyCommand } from './commands/apply-command';
import { COLLECT_USAGE, runCollectCommand } from './commands/collect-command';
import { DIAGNOSE_USAGE, runDiagnoseCommand } from './commands/diagnose-command';
import { PARSE_USAGE, runParseCommand } from './commands/parse-command';
import { PLAN_USAGE, runPlanCommand } from './commands/plan-command';
import { REPORT_USAGE, runReportCommand } from './commands/report-command';
import { runServeCommand, SERVE_USAGE } from './commands/serve-command';
import { CHANGES_USAGE, UNDO_USAGE, runChangesCommand, runUndoCommand } from './commands/undo-command';

type Command = { readonly run: (args: readonly string[], io: CliIo, context: CliContext) => Promise<number>; readonly usage: string };

const COMMANDS: Readonly<Record<string, Command>> = {
  diagnose: { run: runDiagnoseCommand, usage: DIAGNOSE_USAGE },
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

Run "workgroup-doctor help <command>" for the options of one command.`;

/** The CLI: returns the exit status (0 done, 1 could not do it, 2 called wrongly). */
export async function main(argv: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = args[0] && COMMANDS[args[0]];
    io.stdout(`${topic ? topic.usage : GENERAL_USAGE}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`workgroup-doctor: unknown command "${name}".\n\n${GENERAL_USAGE}\n`);
    return 2;
  }
  try {
    return await command.run(args, io, context);
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`workgroup-doctor ${name}: ${(error as Error).message}\n\n${command.usage}\n`);
      return 2;
    }
    if (error instanceof CliFailure) {
      io.stderr(`workgroup-doctor ${name}: ${error.message}\n`);
      return 1;
    }
    io.stderr(`workgroup-doctor ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
