import type { PcRole } from '../../../shared/diagnosis/finding';
import { formatCommandLine } from '../../../shared/commands/command-line';
import { undoCommands, type FixPlan, type Message, type PlannedCommand, type Refusal } from '../../../shared/fixes/fix-plan';
import { DEFAULT_AUTODISCONNECT_MINUTES, type FixRequest } from '../../../shared/fixes/fix-request';
import { createTranslator, type Translate } from '../../../shared/i18n/translate';
import { previewValue } from '../../../shared/text/preview-value';
import { systemArgv } from '../../host';
import { CliFailure, UsageError, type CliIo } from '../cli-io';
import { cliTranslator, LANG_OPTION, LANG_USAGE } from '../cli-language';
import { cliLog } from '../cli-log';
import { machineName, openHost, TARGET_USAGE, targetFrom, type CliContext, type Target } from '../cli-host';
import { parseCommandLine } from '../parse-command-line';
import { roleFrom, ROLE_USAGE, scanOf } from './role-and-scan';

/** The fixes the CLI takes by name; "disconnect --file ID" is the close-file request. */
export const FIX_ACTIONS = ['method-1', 'method-2', 'disconnect', 'autodisconnect', 'start-server'] as const;
export type FixAction = (typeof FIX_ACTIONS)[number];

export const FIX_OPTIONS_USAGE = `  method-1              turn on RestrictAnonymous (on the PC the others connect to)
  method-2              stop sharing printers here: --printer NAME (its name or its share name),
                        once per printer
  disconnect            end connections: --computer NAME (as "net session" lists it), once per
                        computer; or close one open file: --file ID (the number "net file" lists)
  autodisconnect        close connections idle for --minutes N (1-65535, default ${DEFAULT_AUTODISCONNECT_MINUTES})
  start-server          start the Server service (file and printer sharing) and make it start with Windows
${ROLE_USAGE}
  --json                print as JSON
  --verbose             log each Windows command to stderr
${LANG_USAGE}`;

export const PLAN_USAGE = `workgroup-doctor plan <method-1|method-2|disconnect|autodisconnect|start-server> [--from <dir> | --scenario <name>] [--computer NAME] [--file ID] [--printer NAME] [--minutes N] [--role host|client] [--json] [--lang <tag>]

Shows exactly what a fix would do on the PC: the backups, every command line, how each is undone,
the warnings and whether a restart is needed. Changes nothing (see "apply").
${FIX_OPTIONS_USAGE}
${TARGET_USAGE}`;

/** Command-line options shared by plan and apply (apply adds --yes). */
export const FIX_PARSE_OPTIONS = {
  from: { type: 'string' },
  scenario: { type: 'string' },
  computer: { type: 'string', multiple: true },
  file: { type: 'string' },
  printer: { type: 'string', multiple: true },
  minutes: { type: 'string' },
  role: { type: 'string' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
  reset: { type: 'boolean' },
  ...LANG_OPTION,
} as const;

export interface FixArguments {
  readonly request: FixRequest;
  readonly target: Target;
  readonly role: PcRole;
  readonly json: boolean;
  readonly verbose: boolean;
}

type FixOptionValues = {
  from?: string | undefined;
  scenario?: string | undefined;
  computer?: string[] | undefined;
  file?: string | undefined;
  printer?: string[] | undefined;
  minutes?: string | undefined;
  role?: string | undefined;
  json?: boolean | undefined;
  verbose?: boolean | undefined;
  reset?: boolean | undefined;
};

/** The request and target of plan/apply from their command line; usage mistakes throw UsageError. */
export function fixArgumentsFrom(values: FixOptionValues, positionals: readonly string[]): FixArguments {
  const [action, ...extra] = positionals;
  if (action === undefined) throw new UsageError(`name the fix: ${FIX_ACTIONS.join(', ')}.`);
  if (!(FIX_ACTIONS as readonly string[]).includes(action)) throw new UsageError(`there is no fix ${previewValue(action)}. Fixes: ${FIX_ACTIONS.join(', ')}.`);
  if (extra.length > 0) throw new UsageError(`unexpected argument ${previewValue(extra[0])}`);
  const request = requestFrom(action as FixAction, values);
  return { request, target: targetFrom(values), role: roleFrom(values.role), json: values.json ?? false, verbose: values.verbose ?? false };
}

function requestFrom(action: FixAction, values: FixOptionValues): FixRequest {
  const given = (['computer', 'file', 'printer', 'minutes'] as const).filter((name) => values[name] !== undefined);
  const allowed: Record<FixAction, readonly string[]> = {
    'method-1': [],
    'method-2': ['printer'],
    disconnect: ['computer', 'file'],
    autodisconnect: ['minutes'],
    'start-server': [],
  };
  const misplaced = given.find((name) => !allowed[action].includes(name));
  if (misplaced) throw new UsageError(`--${misplaced} does not go with ${action}.`);
  switch (action) {
    case 'method-1':
      return { action };
    case 'method-2':
      if (!values.printer || values.printer.length === 0)
        throw new UsageError('method-2 needs the printers to stop sharing: --printer NAME, once per printer.');
      return { action, printers: values.printer };
    case 'disconnect':
      if (values.computer !== undefined && values.file !== undefined) throw new UsageError('give --computer or --file, not both.');
      if (values.computer !== undefined) return { action: 'disconnect', computers: values.computer };
      if (values.file !== undefined) {
        if (!/^\d{1,15}$/.test(values.file)) throw new UsageError(`--file takes the number "net file" lists, not ${previewValue(values.file)}.`);
        return { action: 'close-file', fileId: Number(values.file) };
      }
      throw new UsageError('disconnect needs --computer NAME, once per computer (end their connections), or --file ID (close one open file).');
    case 'autodisconnect': {
      if (values.minutes === undefined) return { action, minutes: DEFAULT_AUTODISCONNECT_MINUTES };
      // A whole number goes on to the plan, which says which numbers it accepts (0 and -1 are refused there).
      if (!/^[-+]?\d{1,9}$/.test(values.minutes.trim()))
        throw new UsageError(`--minutes takes a whole number of minutes, not ${previewValue(values.minutes)}.`);
      return { action, minutes: Number(values.minutes.trim()) };
    }
    case 'start-server':
      return { action };
  }
}

/**
 * A refusal as the CLI reports it: the catalog's words for why, then what that means at this stage
 * (the window says the same after a refused change), exit status 1. A plan changes nothing either way:
 * its refusal says nothing would be changed; apply's and undo's say nothing was.
 */
export function refusalFailure(refusal: Refusal, t: Translate = createTranslator(), stage: 'plan' | 'change' = 'change'): CliFailure {
  return new CliFailure(`${message(t, refusal.message)} ${t(stage === 'plan' ? 'plan.nothingWouldChange' : 'outcome.refused')}`);
}

const message = (t: Translate, m: Message) => t(m.key, m.params);

export function commandToJson(command: PlannedCommand, t: Translate) {
  return { argv: systemArgv(command), purpose: message(t, command.purpose), ...(command.env ? { env: { ...command.env } } : {}) };
}

/** plan --json: steps, backup and undo as argv arrays with their purpose; all words from the catalog. */
export function planToJson(plan: FixPlan, t: Translate = createTranslator()) {
  return {
    steps: plan.steps.map((step) => commandToJson(step.command, t)),
    backup: plan.backup.map((command) => commandToJson(command, t)),
    undo: undoCommands(plan).map((command) => commandToJson(command, t)),
    warnings: plan.warnings.map((warning) => message(t, warning)),
    restart: plan.restart,
    undoable: plan.undoable,
    summary: message(t, plan.summary),
  };
}

/** A planned command as typed in a command prompt on that PC (full System32 path). */
export function commandLine(command: PlannedCommand): string {
  return formatCommandLine(systemArgv(command));
}

function commandLines(command: PlannedCommand, t: Translate, label: string): string[] {
  const lines = [`${label}${message(t, command.purpose)}`, `       > ${commandLine(command)}`];
  for (const [name, value] of Object.entries(command.env ?? {})) lines.push(`         with ${name}=${value}`);
  return lines;
}

/** The readable plan: summary, backups, numbered steps with their exact command lines, undo, warnings, restart. */
export function planToText(plan: FixPlan, t: Translate = createTranslator()): string {
  const lines: string[] = [message(t, plan.summary), ''];
  if (plan.backup.length > 0) {
    lines.push(t('cli.plan.backup'));
    plan.backup.forEach((command) => lines.push(...commandLines(command, t, '    -  ')));
    lines.push('');
  }
  lines.push(t('cli.plan.steps'));
  plan.steps.forEach((step, index) => lines.push(...commandLines(step.command, t, `    ${index + 1}. `)));
  lines.push('');
  if (plan.affectedFiles.length > 0) {
    lines.push(t('cli.plan.filesClosed'));
    for (const file of plan.affectedFiles) lines.push(`    ${file.id}  ${file.path}${file.user ? `  (${file.user})` : ''}`);
    lines.push('');
  }
  const undo = undoCommands(plan);
  lines.push(t('cli.plan.undo'));
  if (!plan.undoable || undo.length === 0) lines.push(`    ${t('cli.plan.cannotUndo')}`);
  undo.forEach((command, index) => lines.push(...commandLines(command, t, `    ${index + 1}. `)));
  lines.push('');
  if (plan.warnings.length > 0) {
    lines.push(t('cli.plan.warnings'));
    for (const warning of plan.warnings) lines.push(`    ! ${message(t, warning)}`);
    lines.push('');
  }
  lines.push(t('cli.plan.restart', { restart: t(`restart.${plan.restart}`) }));
  return `${lines.join('\n')}\n`;
}

export async function runPlanCommand(args: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, FIX_PARSE_OPTIONS);
  const fix = fixArgumentsFrom(values, positionals);
  const t = cliTranslator(values.lang, context.env);
  const host = await openHost(fix.target, context, { log: cliLog(io, fix.verbose), readsPc: true, reset: values.reset ?? false });
  const scan = await scanOf(host, fix.role);
  const response = host.plan(fix.request);
  if (response.kind === 'refused') throw refusalFailure(response.refusal, t, 'plan');
  if (fix.json) {
    io.stdout(`${JSON.stringify(planToJson(response.plan), null, 2)}\n`);
    return 0;
  }
  io.stdout(`${t('cli.plan.heading', { pc: machineName(host, t) })}\n\n${planToText(response.plan, t)}`);
  if (scan.readings.elevated === false) io.stdout(`\n${t('cli.plan.note', { note: t('plan.refusal.not-elevated') })}\n`);
  io.stdout(`\n${t(fix.target.kind === 'folder' ? 'cli.plan.nothingChangedCollected' : 'cli.plan.nothingChanged')}\n`);
  return 0;
}
