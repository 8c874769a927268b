import path from 'node:path';
import { canUndo, changeSummary, entryState, requestOf, stepMessages, type JournalEntry } from '../../../shared/fixes/journal-entry';
import type { Translate } from '../../../shared/i18n/translate';
import { escapeForTerminal } from '../../../shared/text/escape-for-terminal';
import { previewValue } from '../../../shared/text/preview-value';
import type { Host } from '../../host';
import { CliFailure, UsageError, type CliIo } from '../cli-io';
import { cliTranslator, LANG_OPTION, LANG_USAGE } from '../cli-language';
import { cliLog } from '../cli-log';
import { machineName, openHost, targetFrom, type CliContext } from '../cli-host';
import { parseCommandLine } from '../parse-command-line';
import { confirm, outcomeSentence, stateWords } from './apply-command';
import { commandLine, refusalFailure } from './plan-command';
import { roleFrom } from './role-and-scan';

export const UNDO_USAGE = `workgroup-doctor undo <change-id | all> [--scenario <name>] [--role host|client] [--yes] [--json] [--lang <tag>] [--verbose]

Puts back a change "apply" made on this PC (or every change that can still be undone, newest first),
as recorded in the journal; "changes" lists them. A change that was interrupted is put back from the
steps it had started. Reads the PC first and shows the commands that put back what is still changed;
asks first unless --yes. Ended connections and closed files cannot be undone. Run it in an
administrator prompt. With --scenario, undoes a change made on that simulated PC.
${LANG_USAGE}`;

export const CHANGES_USAGE = `workgroup-doctor changes [--scenario <name>] [--json] [--lang <tag>] [--verbose]

Lists the changes recorded in this PC's journal (or a simulated PC's): when, what, how it ended (an
interrupted change with the steps it had started), and whether it can be undone.
${LANG_USAGE}`;

/** The journal, or a failure that says the journal is damaged and was kept as it is. */
async function journalEntries(host: Host, t: Translate): Promise<{ entries: readonly JournalEntry[]; changeRunning: boolean }> {
  const changes = await host.changes();
  if (changes.kind === 'damaged') throw new CliFailure(`${t('plan.refusal.journal-damaged', { path: changes.path })} (${changes.reason})`);
  return changes;
}

/** The steps an interrupted change had recorded, in the plan's words. */
function recordedSteps(entry: JournalEntry, t: Translate): string[] {
  const messages = stepMessages(entry.change);
  if (entry.steps.length === 0) return [`    ${t('changes.interrupted.nothing-started')}`];
  return [
    `    ${t('changes.interrupted')}`,
    ...entry.steps.map((step, index) => {
      const words = messages[index] ? t(messages[index].key, messages[index].params) : `step ${index + 1}`;
      return `      ${index + 1}. ${t(`changes.step.${step.state}`, { step: words })}`;
    }),
  ];
}

export async function runUndoCommand(args: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    scenario: { type: 'string' },
    role: { type: 'string' },
    yes: { type: 'boolean' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
    ...LANG_OPTION,
  });
  const [entryId, ...extra] = positionals;
  if (!entryId) throw new UsageError('undo needs the id of a change (see "workgroup-doctor changes"), or all.');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${previewValue(extra[0])}`);
  const role = roleFrom(values.role);
  const t = cliTranslator(values.lang, context.env);
  const say = (text: string) => (values.json ? io.stderr(text) : io.stdout(text));
  const target = targetFrom({ scenario: values.scenario });

  // The journal is read first: nothing to undo needs no Windows and no administrator.
  const reader = await openHost(target, context, { log: cliLog(io, values.verbose), readsPc: false });
  const { entries } = await journalEntries(reader, t);
  const targets = entryId === 'all' ? entries.filter(canUndo).reverse() : entries.filter((entry) => entry.id === entryId);
  if (targets.length === 0 || !targets.every(canUndo)) {
    throw new CliFailure(`${t('undo.refusal.nothing')} ("workgroup-doctor changes" lists what ${reader.machine().folder.journalFile} records.)`);
  }
  if (target.kind === 'this-pc' && context.platform !== 'win32')
    throw new CliFailure('this computer does not run Windows: undo works on the Windows PC where "apply" made the change.');
  const host = target.kind === 'this-pc' ? await openHost(target, context, { log: cliLog(io, values.verbose), readsPc: true }) : reader;

  // Planned from the journal's facts and the PC as it is now; undo plans again when it runs.
  const planned = await host.planUndo(entryId, role);
  if (planned.kind === 'refused') throw refusalFailure(planned.refusal, t);
  const lines = [t('cli.undo.heading', { pc: machineName(host, t) }), ''];
  for (const plan of planned.plans) {
    lines.push(`${plan.entryId}: ${t(plan.summary.key, plan.summary.params)}`);
    if (plan.steps.length === 0) lines.push(`    ${t('cli.undo.nothingToRun')}`);
    plan.steps.forEach((step, index) =>
      lines.push(`    ${index + 1}. ${t(step.command.purpose.key, step.command.purpose.params)}`, `       > ${commandLine(step.command)}`),
    );
  }
  say(`${lines.join('\n')}\n\n`);
  if (!values.yes && !(await confirm(io, say, t('cli.undo.question')))) {
    say(`${t('outcome.refused')}\n`);
    return 1;
  }
  const response = await host.undo(entryId, role);
  if (response.kind === 'refused') throw refusalFailure(response.refusal, t);
  if (values.json) {
    const after = { sessions: response.after.diagnosis.sessions, findings: response.after.diagnosis.findings.map((finding) => finding.id) };
    io.stdout(
      `${JSON.stringify({ entries: response.entries.map((entry) => ({ entryId: entry.id, status: entry.status, problem: entry.problem })), after }, null, 2)}\n`,
    );
  } else {
    const result = response.entries.map((entry) => `${entry.id}: ${outcomeSentence(entry, t)}`);
    const sessions = response.after.diagnosis.sessions;
    result.push(
      t('cli.journal', { path: host.machine().folder.journalFile }),
      sessions ? t('cli.undo.sessionsNow', { total: sessions.total, anonymous: sessions.null }) : t('cli.undo.sessionsUnreadable'),
    );
    io.stdout(`${result.join('\n')}\n`);
  }
  return response.entries.every((entry) => entry.status === 'undone') ? 0 : 1;
}

export async function runChangesCommand(args: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  // --verbose is read by main (details of an unexpected error).
  const { values, positionals } = parseCommandLine(args, {
    scenario: { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
    ...LANG_OPTION,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${previewValue(positionals[0])}`);
  const t = cliTranslator(values.lang, context.env);
  const host = await openHost(targetFrom({ scenario: values.scenario }), context, { log: cliLog(io, false), readsPc: false });
  const folder = host.machine().folder;
  const file = folder.journalFile;
  const { entries, changeRunning } = await journalEntries(host, t);
  const backupPaths = (entry: JournalEntry) => entry.backupFiles.map((name) => path.join(folder.backupsDirectory, name));
  const undoable = (entry: JournalEntry) => canUndo(entry) && entryState(entry, changeRunning) !== 'in-progress';
  if (values.json) {
    const listed = entries.map((entry) => {
      const summary = changeSummary(entry.change);
      const messages = stepMessages(entry.change);
      return {
        id: entry.id,
        request: requestOf(entry.change),
        status: entry.status,
        state: entryState(entry, changeRunning),
        summary: t(summary.key, summary.params),
        startedAt: entry.startedAt,
        finishedAt: entry.finishedAt,
        undoable: undoable(entry),
        backupFiles: backupPaths(entry),
        steps: entry.steps.map((step, index) => ({
          step: messages[index] ? t(messages[index].key, messages[index].params) : `step ${index + 1}`,
          state: step.state,
        })),
        problem: entry.problem,
        undoneAt: entry.undoneAt,
      };
    });
    io.stdout(`${JSON.stringify({ journal: file, entries: listed }, null, 2)}\n`);
    return 0;
  }
  const lines = [t('cli.journal', { path: file }), ''];
  if (entries.length === 0) lines.push(t('cli.changes.none'));
  for (const entry of entries) {
    const state = entryState(entry, changeRunning);
    const summary = changeSummary(entry.change);
    lines.push(`${entry.id}  ${stateWords(state, t)}`);
    lines.push(`    ${t(summary.key, summary.params)}`);
    if (state === 'interrupted' || state === 'undo-interrupted') lines.push(...recordedSteps(entry, t));
    if (entry.problem) lines.push(`    ${t('cli.problem', { problem: entry.problem })}`);
    if (entry.backupFiles.length > 0) lines.push(`    ${t('cli.backups', { files: backupPaths(entry).join(', ') })}`);
    if (undoable(entry))
      lines.push(
        `    ${t('cli.undoCommand', { command: `workgroup-doctor undo ${entry.id}${values.scenario !== undefined ? ` --scenario ${escapeForTerminal(values.scenario)}` : ''}` })}`,
      );
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
