import { undoCommands } from '../../../shared/fixes/fix-plan';
import { canUndo, type JournalEntry } from '../../../shared/fixes/journal-entry';
import { createTranslator, type Translate } from '../../../shared/i18n/translate';
import { escapeForTerminal } from '../../../shared/text/escape-for-terminal';
import { previewValue } from '../../../shared/text/preview-value';
import type { Host } from '../../host';
import { CliFailure, UsageError, type CliIo } from '../cli-io';
import { cliLog } from '../cli-log';
import { machineName, openHost, targetFrom, type CliContext } from '../cli-host';
import { parseCommandLine } from '../parse-command-line';
import { confirm, outcomeSentence, statusWords } from './apply-command';
import { commandLine, refusalFailure } from './plan-command';
import { roleFrom } from './role-and-scan';

export const UNDO_USAGE = `workgroup-doctor undo <change-id | all> [--scenario <name>] [--role host|client] [--yes] [--json] [--verbose]

Puts back a change "apply" made on this PC (or every change that can still be undone, newest first),
as recorded in the journal; "changes" lists them. Asks first unless --yes. Ended connections and
closed files cannot be undone. Run it in an administrator prompt. With --scenario, undoes a change
made on that simulated PC.`;

export const CHANGES_USAGE = `workgroup-doctor changes [--scenario <name>] [--json] [--verbose]

Lists the changes recorded in this PC's journal (or a simulated PC's): when, what, how it ended, and
whether it can be undone.`;

/** The journal's entries, or a failure that says the journal is damaged and was kept as it is. */
function journalEntries(host: Host, t: Translate): readonly JournalEntry[] {
  const changes = host.changes();
  if (changes.kind === 'damaged') throw new CliFailure(`${t('plan.refusal.journal-damaged', { path: changes.path })} (${changes.reason})`);
  return changes.entries;
}

export async function runUndoCommand(args: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { scenario: { type: 'string' }, role: { type: 'string' }, yes: { type: 'boolean' }, json: { type: 'boolean' }, verbose: { type: 'boolean' } });
  const [entryId, ...extra] = positionals;
  if (!entryId) throw new UsageError('undo needs the id of a change (see "workgroup-doctor changes"), or all.');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${previewValue(extra[0])}`);
  const role = roleFrom(values.role);
  const t = createTranslator();
  const say = (text: string) => (values.json ? io.stderr(text) : io.stdout(text));
  const target = targetFrom({ scenario: values.scenario });

  // The journal is read first: nothing to undo needs no Windows and no administrator.
  const reader = await openHost(target, context, { log: cliLog(io, values.verbose), readsPc: false });
  const entries = journalEntries(reader, t);
  const targets = entryId === 'all' ? entries.filter(canUndo).reverse() : entries.filter((entry) => entry.id === entryId);
  if (targets.length === 0 || !targets.every(canUndo)) {
    throw new CliFailure(`${t('undo.refusal.nothing')} ("workgroup-doctor changes" lists what ${reader.machine().folder.journalFile} records.)`);
  }
  if (target.kind === 'this-pc' && context.platform !== 'win32') throw new CliFailure('this computer does not run Windows: undo works on the Windows PC where "apply" made the change.');
  const host = target.kind === 'this-pc' ? await openHost(target, context, { log: cliLog(io, values.verbose), readsPc: true }) : reader;

  const lines = [`Workgroup Doctor: undo on ${machineName(host)}`, ''];
  for (const change of targets) {
    lines.push(`${change.id}: ${t(change.summary.key, change.summary.params)}`);
    undoCommands(change.plan).forEach((command, index) => lines.push(`    ${index + 1}. ${t(command.purpose.key, command.purpose.params)}`, `       > ${commandLine(command)}`));
    if (change.changed.length > 0) lines.push(`    and the registry values it changed are put back: ${change.changed.map((value) => value.name).join(', ')}`);
  }
  say(`${lines.join('\n')}\n\n`);
  if (!values.yes && !(await confirm(io, say, 'Undo these changes?'))) {
    say('Nothing was changed.\n');
    return 1;
  }
  const response = await host.undo(entryId, role);
  if (response.kind === 'refused') throw refusalFailure(response.refusal, t);
  if (values.json) {
    const after = { sessions: response.after.diagnosis.sessions, findings: response.after.diagnosis.findings.map((finding) => finding.id) };
    io.stdout(`${JSON.stringify({ entries: response.entries.map((entry) => ({ entryId: entry.id, status: entry.status, problem: entry.problem })), after }, null, 2)}\n`);
  } else {
    const result = response.entries.map((entry) => `${entry.id}: ${outcomeSentence(entry, t)}`);
    const sessions = response.after.diagnosis.sessions;
    result.push(`Journal: ${host.machine().folder.journalFile}`, sessions ? `Connections in use now: ${sessions.total}, of which anonymous: ${sessions.null}` : 'Connections in use now: could not be read');
    io.stdout(`${result.join('\n')}\n`);
  }
  return response.entries.every((entry) => entry.status === 'undone') ? 0 : 1;
}

export async function runChangesCommand(args: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  // --verbose is read by main (details of an unexpected error).
  const { values, positionals } = parseCommandLine(args, { scenario: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${previewValue(positionals[0])}`);
  const t = createTranslator();
  const host = await openHost(targetFrom({ scenario: values.scenario }), context, { log: cliLog(io, false), readsPc: false });
  const file = host.machine().folder.journalFile;
  const entries = journalEntries(host, t);
  if (values.json) {
    const listed = entries.map((entry) => ({
      id: entry.id,
      request: entry.request,
      status: entry.status,
      summary: t(entry.summary.key, entry.summary.params),
      startedAt: entry.startedAt,
      finishedAt: entry.finishedAt,
      undoable: canUndo(entry),
      backupFiles: entry.backupFiles,
      problem: entry.problem,
      undoneAt: entry.undoneAt,
    }));
    io.stdout(`${JSON.stringify({ journal: file, entries: listed }, null, 2)}\n`);
    return 0;
  }
  const lines = [`Journal: ${file}`, ''];
  if (entries.length === 0) lines.push('No changes recorded.');
  for (const entry of entries) {
    lines.push(`${entry.id}  ${statusWords(entry.status, t)}`);
    lines.push(`    ${t(entry.summary.key, entry.summary.params)}`);
    if (entry.problem) lines.push(`    Problem: ${entry.problem}`);
    if (entry.backupFiles.length > 0) lines.push(`    Backups: ${entry.backupFiles.join(', ')}`);
    if (canUndo(entry)) lines.push(`    Undo: workgroup-doctor undo ${entry.id}${values.scenario !== undefined ? ` --scenario ${escapeForTerminal(values.scenario)}` : ''}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
