import path from 'node:path';
import { parseArgs } from 'node:util';
import type { PcRole } from '../../../shared/diagnosis/finding';
import { undoCommands } from '../../../shared/fixes/fix-plan';
import { canUndo, type JournalEntry } from '../../../shared/fixes/journal-entry';
import { createTranslator, type Translate } from '../../../shared/i18n/translate';
import { createFixService } from '../../main/fixes/fix-service';
import { Journal, JournalDamagedError } from '../../main/fixes/journal';
import { CliFailure, UsageError, type CliIo } from '../cli-io';
import { cliLog } from '../cli-log';
import { cliDataFolder } from '../data-folder';
import { confirm, outcomeSentence, statusWords } from './apply-command';
import { commandLine, refusalFailure } from './plan-command';
import { openMachine } from './target-machine';

export const UNDO_USAGE = `workgroup-doctor undo <change-id | all> [--role host|client] [--yes] [--json] [--verbose]

Puts back a change "apply" made on this PC (or every change that can still be undone, newest first),
as recorded in the journal; "changes" lists them. Asks first unless --yes. Ended connections and
closed files cannot be undone. Run it in an administrator prompt.`;

export const CHANGES_USAGE = `workgroup-doctor changes [--json]

Lists the changes recorded in this PC's journal: when, what, how it ended, and whether it can be undone.`;

const ROLES: readonly PcRole[] = ['host', 'client', 'unknown'];

function readJournal(t: Translate): { file: string; entries: readonly JournalEntry[] } {
  const file = path.join(cliDataFolder(), 'journal.json');
  try {
    return { file, entries: new Journal(file).read().entries };
  } catch (error) {
    if (error instanceof JournalDamagedError) throw new CliFailure(`${t('plan.refusal.journal-damaged', { path: error.file })} (${error.reason})`);
    throw error;
  }
}

export async function runUndoCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { scenario: { type: 'string' }, role: { type: 'string' }, yes: { type: 'boolean' }, json: { type: 'boolean' }, verbose: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const [entryId, ...extra] = positionals;
  if (!entryId) throw new UsageError('undo needs the id of a change (see "workgroup-doctor changes"), or all.');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
  const role = (values.role ?? 'unknown') as PcRole;
  if (!ROLES.includes(role)) throw new UsageError(`--role must be host or client, not "${values.role}"`);
  if (values.scenario !== undefined) {
    throw new CliFailure('a simulated PC does not outlive one command: it starts afresh on every run, so what "apply --scenario" changed is already gone. Undo works on this PC only.');
  }
  const t = createTranslator();
  const say = (text: string) => (values.json ? io.stderr(text) : io.stdout(text));

  // The journal is read first: nothing to undo needs no Windows and no administrator.
  const { file, entries } = readJournal(t);
  const targets = entryId === 'all' ? entries.filter(canUndo).reverse() : entries.filter((entry) => entry.id === entryId);
  if (targets.length === 0 || !targets.every(canUndo)) throw new CliFailure(`${t('undo.refusal.nothing')} ("workgroup-doctor changes" lists what ${file} records.)`);

  if (process.platform !== 'win32') throw new CliFailure('this computer does not run Windows: undo works on the Windows PC where "apply" made the change.');
  const log = cliLog(io, values.verbose);
  const machine = await openMachine({ kind: 'this-pc' }, log);
  try {
    const lines = ['Workgroup Doctor: undo on this PC', ''];
    for (const target of targets) {
      lines.push(`${target.id}: ${t(target.summary.key, target.summary.params)}`);
      undoCommands(target.plan).forEach((command, index) => lines.push(`    ${index + 1}. ${t(command.purpose.key, command.purpose.params)}`, `       > ${commandLine(command)}`));
      if (target.changed.length > 0) lines.push(`    and the registry values it changed are put back: ${target.changed.map((change) => change.name).join(', ')}`);
    }
    say(`${lines.join('\n')}\n\n`);
    if (!values.yes && !(await confirm(io, say, 'Undo these changes?'))) {
      say('Nothing was changed.\n');
      return 1;
    }
    const service = createFixService({
      runner: () => machine.runner,
      dataDirectory: () => cliDataFolder(),
      log,
      lastScan: () => null,
      otherWorkRunning: () => false,
      scenarioId: () => null,
    });
    const response = await service.undo(entryId, role);
    if (response.kind === 'refused') throw refusalFailure(response.refusal, t);
    if (values.json) {
      const after = { sessions: response.after.diagnosis.sessions, findings: response.after.diagnosis.findings.map((finding) => finding.id) };
      io.stdout(`${JSON.stringify({ entries: response.entries.map((entry) => ({ entryId: entry.id, status: entry.status, problem: entry.problem })), after }, null, 2)}\n`);
    } else {
      const result = response.entries.map((entry) => `${entry.id}: ${outcomeSentence(entry, t)}`);
      const sessions = response.after.diagnosis.sessions;
      result.push(`Journal: ${file}`, sessions ? `Connections in use now: ${sessions.total}, of which anonymous: ${sessions.null}` : 'Connections in use now: could not be read');
      io.stdout(`${result.join('\n')}\n`);
    }
    return response.entries.every((entry) => entry.status === 'undone') ? 0 : 1;
  } finally {
    machine.dispose();
  }
}

export async function runChangesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const t = createTranslator();
  const { file, entries } = readJournal(t);
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
    if (canUndo(entry)) lines.push(`    Undo: workgroup-doctor undo ${entry.id}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
