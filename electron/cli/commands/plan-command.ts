import path from 'node:path';
import { parseArgs } from 'node:util';
import type { PcRole } from '../../../shared/diagnosis/finding';
import { readHostFacts } from '../../../shared/diagnosis/host-facts';
import type { HostReadings } from '../../../shared/diagnosis/readings';
import { undoCommands, type FixPlan, type Message, type PlannedCommand, type PlanOutcome, type Refusal } from '../../../shared/fixes/fix-plan';
import { DEFAULT_AUTODISCONNECT_MINUTES, type FixRequest } from '../../../shared/fixes/fix-request';
import { planFix } from '../../../shared/fixes/plan-fix';
import { createTranslator, type Translate } from '../../../shared/i18n/translate';
import { defaultSystem32Directory, programPath } from '../../main/commands/windows-programs';
import { scanHost } from '../../main/scan/scan-host';
import { CliFailure, UsageError, type CliIo } from '../cli-io';
import { cliLog } from '../cli-log';
import { cliDataFolder, simulatedDataFolder } from '../data-folder';
import { openMachine, readFolder, TARGET_USAGE, targetFrom, type Target } from './target-machine';

/** The fixes the CLI takes by name; "disconnect --file ID" is the close-file request. */
export const FIX_ACTIONS = ['method-1', 'method-2', 'disconnect', 'autodisconnect'] as const;
export type FixAction = (typeof FIX_ACTIONS)[number];

export const FIX_OPTIONS_USAGE = `  method-1              turn on RestrictAnonymous (on the PC the others connect to)
  method-2              stop sharing printers here: --printer NAME, once per printer
  disconnect            end one connection: --computer NAME (as "net session" lists it),
                        or close one open file: --file ID (the number "net file" lists)
  autodisconnect        close connections idle for --minutes N (1-65535, default ${DEFAULT_AUTODISCONNECT_MINUTES})
  --role host|client    host: others connect to this PC; client: this PC gets the error (default: unknown)
  --json                print as JSON
  --verbose             log each Windows command to stderr`;

export const PLAN_USAGE = `workgroup-doctor plan <method-1|method-2|disconnect|autodisconnect> [--from <dir> | --scenario <name>] [--computer NAME] [--file ID] [--printer NAME] [--minutes N] [--role host|client] [--json]

Shows exactly what a fix would do on the PC: the backups, every command line, how each is undone,
the warnings and whether a restart is needed. Changes nothing (see "apply").
${FIX_OPTIONS_USAGE}
${TARGET_USAGE}`;

/** parseArgs options shared by plan and apply (apply adds --yes). */
export const FIX_PARSE_OPTIONS = {
  from: { type: 'string' },
  scenario: { type: 'string' },
  computer: { type: 'string' },
  file: { type: 'string' },
  printer: { type: 'string', multiple: true },
  minutes: { type: 'string' },
  role: { type: 'string' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
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
  computer?: string | undefined;
  file?: string | undefined;
  printer?: string[] | undefined;
  minutes?: string | undefined;
  role?: string | undefined;
  json?: boolean | undefined;
  verbose?: boolean | undefined;
};

const ROLES: readonly PcRole[] = ['host', 'client', 'unknown'];

/** The request and target of plan/apply from their command line; usage mistakes throw UsageError. */
export function fixArgumentsFrom(values: FixOptionValues, positionals: readonly string[]): FixArguments {
  const [action, ...extra] = positionals;
  if (action === undefined) throw new UsageError(`name the fix: ${FIX_ACTIONS.join(', ')}.`);
  if (!(FIX_ACTIONS as readonly string[]).includes(action)) throw new UsageError(`there is no fix "${action}". Fixes: ${FIX_ACTIONS.join(', ')}.`);
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
  const role = (values.role ?? 'unknown') as PcRole;
  if (!ROLES.includes(role)) throw new UsageError(`--role must be host or client, not "${values.role}"`);
  const request = requestFrom(action as FixAction, values);
  return { request, target: targetFrom(values), role, json: values.json ?? false, verbose: values.verbose ?? false };
}

function requestFrom(action: FixAction, values: FixOptionValues): FixRequest {
  const given = (['computer', 'file', 'printer', 'minutes'] as const).filter((name) => values[name] !== undefined);
  const allowed: Record<FixAction, readonly string[]> = { 'method-1': [], 'method-2': ['printer'], disconnect: ['computer', 'file'], autodisconnect: ['minutes'] };
  const misplaced = given.find((name) => !allowed[action].includes(name));
  if (misplaced) throw new UsageError(`--${misplaced} does not go with ${action}.`);
  switch (action) {
    case 'method-1':
      return { action };
    case 'method-2':
      if (!values.printer || values.printer.length === 0) throw new UsageError('method-2 needs the printers to stop sharing: --printer NAME, once per printer.');
      return { action, printers: values.printer };
    case 'disconnect':
      if (values.computer !== undefined && values.file !== undefined) throw new UsageError('give --computer or --file, not both.');
      if (values.computer !== undefined) return { action: 'disconnect', computer: values.computer };
      if (values.file !== undefined) {
        if (!/^\d{1,15}$/.test(values.file)) throw new UsageError(`--file takes the number "net file" lists, not "${values.file}".`);
        return { action: 'close-file', fileId: Number(values.file) };
      }
      throw new UsageError('disconnect needs --computer NAME (end a connection) or --file ID (close one open file).');
    case 'autodisconnect': {
      if (values.minutes === undefined) return { action, minutes: DEFAULT_AUTODISCONNECT_MINUTES };
      // A whole number goes on to the plan, which says which numbers it accepts (0 and -1 are refused there).
      if (!/^[-+]?\d{1,9}$/.test(values.minutes.trim())) throw new UsageError(`--minutes takes a whole number of minutes, not "${values.minutes}".`);
      return { action, minutes: Number(values.minutes.trim()) };
    }
  }
}

/** Where backups of this PC (or simulated PC) go, as the fix service names them. */
export function backupFileIn(dataDirectory: string, at: Date = new Date()): (name: string) => string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return (name) => path.join(dataDirectory, 'backups', `${stamp}-${name}`);
}

export function planFrom(request: FixRequest, readings: HostReadings, dataDirectory: string): PlanOutcome {
  return planFix(request, readHostFacts(readings), { backupFile: backupFileIn(dataDirectory) });
}

/** A refusal as the CLI reports it: the catalog's words, exit status 1. */
export function refusalFailure(refusal: Refusal, t: Translate = createTranslator()): CliFailure {
  return new CliFailure(message(t, refusal.message));
}

const message = (t: Translate, m: Message) => t(m.key, m.params);

/**
 * The argv of a planned command as the runner starts it: the program's absolute path under System32,
 * then its arguments. For a --scenario or --from target it is still the Windows path the command has on
 * a real PC (the simulated PC's fake programs live in a temporary folder that is gone after the run).
 */
export function argvOf(command: PlannedCommand): string[] {
  return [programPath(defaultSystem32Directory(), command.program), ...command.args];
}

export function commandToJson(command: PlannedCommand, t: Translate) {
  return { argv: argvOf(command), purpose: message(t, command.purpose), ...(command.env ? { env: { ...command.env } } : {}) };
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

/** One argument as it would be typed in a command prompt. */
function quoteArgument(argument: string): string {
  return /^[A-Za-z0-9_\-+=:.,/\\@]+$/.test(argument) ? argument : `"${argument.replace(/"/g, '\\"')}"`;
}

export function commandLine(command: PlannedCommand): string {
  return argvOf(command).map(quoteArgument).join(' ');
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
    lines.push('Backup first:');
    plan.backup.forEach((command) => lines.push(...commandLines(command, t, '    -  ')));
    lines.push('');
  }
  lines.push('Steps:');
  plan.steps.forEach((step, index) => lines.push(...commandLines(step.command, t, `    ${index + 1}. `)));
  lines.push('');
  if (plan.affectedFiles.length > 0) {
    lines.push('Open files this closes:');
    for (const file of plan.affectedFiles) lines.push(`    ${file.id}  ${file.path}${file.user ? `  (${file.user})` : ''}`);
    lines.push('');
  }
  const undo = undoCommands(plan);
  lines.push('To undo:');
  if (!plan.undoable || undo.length === 0) lines.push('    (this cannot be undone)');
  undo.forEach((command, index) => lines.push(...commandLines(command, t, `    ${index + 1}. `)));
  lines.push('');
  if (plan.warnings.length > 0) {
    lines.push('Warnings:');
    for (const warning of plan.warnings) lines.push(`    ! ${message(t, warning)}`);
    lines.push('');
  }
  lines.push(`Restart: ${t(`restart.${plan.restart}`)}`);
  return `${lines.join('\n')}\n`;
}

export async function runPlanCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: FIX_PARSE_OPTIONS, allowPositionals: true, strict: true });
  const fix = fixArgumentsFrom(values, positionals);
  const t = createTranslator();

  let readings: HostReadings;
  let label: string;
  let dataDirectory: string;
  if (fix.target.kind === 'folder') {
    ({ readings, label } = readFolder(fix.target.directory));
    // The plan is for the PC the outputs came from; its backups would go to the data folder there.
    dataDirectory = cliDataFolder();
  } else {
    const machine = await openMachine(fix.target, cliLog(io, fix.verbose));
    try {
      readings = await scanHost(machine.runner);
      label = machine.label;
      dataDirectory = machine.host ? simulatedDataFolder(machine.host.scenario.id) : cliDataFolder();
    } finally {
      machine.dispose();
    }
  }

  const outcome = planFrom(fix.request, readings, dataDirectory);
  if (!outcome.ok) throw refusalFailure(outcome.refusal, t);
  if (fix.json) {
    io.stdout(`${JSON.stringify(planToJson(outcome.plan, t), null, 2)}\n`);
    return 0;
  }
  io.stdout(`Workgroup Doctor: plan for ${label}\n\n${planToText(outcome.plan, t)}`);
  if (readings.elevated === false) io.stdout(`\nNote: ${t('plan.refusal.not-elevated')}\n`);
  io.stdout(
    fix.target.kind === 'folder'
      ? `\nNothing was changed. To make these changes, run "workgroup-doctor apply" with the same fix on that PC.\n`
      : `\nNothing was changed. "workgroup-doctor apply" with the same arguments makes these changes.\n`,
  );
  return 0;
}
