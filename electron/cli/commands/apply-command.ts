import path from 'node:path';
import type { ActionId } from '../../../shared/diagnosis/actions';
import type { Diagnosis } from '../../../shared/diagnosis/diagnose';
import { findingMessageKeys, type FindingId } from '../../../shared/diagnosis/finding';
import type { FixRequest } from '../../../shared/fixes/fix-request';
import { canUndo, type EntryState, type JournalEntry } from '../../../shared/fixes/journal-entry';
import type { Translate } from '../../../shared/i18n/translate';
import type { EventSink, FixProgressEvent, ScanResult } from '../../../shared/ipc/contract';
import { BUILT_IN_SCENARIOS } from '../../../shared/simulated-host/scenarios';
import { escapeForTerminal } from '../../../shared/text/escape-for-terminal';
import { CliFailure, UsageError, type CliIo } from '../cli-io';
import { cliTranslator } from '../cli-language';
import { cliLog } from '../cli-log';
import { machineName, openHost, type CliContext } from '../cli-host';
import { parseCommandLine } from '../parse-command-line';
import { FIX_OPTIONS_USAGE, FIX_PARSE_OPTIONS, fixArgumentsFrom, planToText, refusalFailure } from './plan-command';
import { scanOf } from './role-and-scan';

export const APPLY_USAGE = `workgroup-doctor apply <method-1|method-2|disconnect|autodisconnect|start-server> [--scenario <name>] [--computer NAME] [--file ID] [--printer NAME] [--minutes N] [--role host|client] [--yes] [--json] [--lang <tag>]

Shows the plan (as "plan" does) and asks before changing anything. Then backs up, makes the change,
checks that each step took effect (a step that fails is put back), records it in the journal, and
compares the PC before and after. Run it in an administrator prompt.
${FIX_OPTIONS_USAGE}
  --yes                 do not ask
  --scenario <name>     change a simulated PC instead: ${BUILT_IN_SCENARIOS.map((s) => s.id).join(', ')}, or a scenario .json file;
                        it keeps its changes, journal and backups between commands until --reset
  --reset               with --scenario: start the simulated PC afresh first
  (no --scenario)       this PC
The journal and backups are kept in %APPDATA%\\Workgroup Doctor (elsewhere ~/.local/share/workgroup-doctor;
WORKGROUP_DOCTOR_DATA_DIR overrides it). There is no --from: saved outputs cannot be changed.`;

/** How a recorded change stands, as a short label (the app's list of changes uses the same words). */
export function stateWords(state: EntryState, t: Translate): string {
  return t(`changes.status.${state}`);
}

/** What happened to a change, as a sentence (the app's Result step says the same). */
export function outcomeSentence(entry: JournalEntry, t: Translate): string {
  return t(`outcome.status.${entry.status}`, { problem: entry.problem ?? '' });
}

/** Reads one line of the answer; null when the input ends first (no answer is "no"). */
export async function readLine(stream: NodeJS.ReadableStream): Promise<string | null> {
  let text = '';
  for await (const chunk of stream) {
    text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    const end = text.indexOf('\n');
    if (end >= 0) return text.slice(0, end).replace(/\r$/, '');
  }
  return text === '' ? null : text;
}

/** Asks on `say` and reads the answer from stdin: only y or yes is yes. */
export async function confirm(io: CliIo, say: (text: string) => void, question: string): Promise<boolean> {
  say(`${question} [y/N] `);
  const answer = await readLine(io.stdin);
  // A terminal echoes the answer and its Enter; a pipe does not, so the line is ended here.
  if (answer === null || !(io.stdin as { isTTY?: boolean }).isTTY) say('\n');
  return /^\s*(y|yes)\s*$/i.test(answer ?? '');
}

/** The diagnosis action a fix request belongs to; closing one file is not one of them. */
const ACTION_OF: Readonly<Record<FixRequest['action'], ActionId | null>> = {
  'method-1': 'method-1',
  'method-2': 'method-2',
  disconnect: 'disconnect',
  'close-file': null,
  autodisconnect: 'autodisconnect',
  'start-server': 'start-server',
};

/** The findings a fix is meant to remove (the diagnosis' action.addresses). */
export function addressedFindings(request: FixRequest, diagnosis: Diagnosis): readonly FindingId[] {
  const id = ACTION_OF[request.action];
  return (id && diagnosis.actions.find((action) => action.id === id)?.addresses) || [];
}

const scanSummary = (scan: ScanResult) => ({ sessions: scan.diagnosis.sessions, findings: scan.diagnosis.findings.map((finding) => finding.id) });

/** apply --json: the outcome, and the sessions and finding ids before and after. */
export function outcomeToJson(entry: JournalEntry, before: ScanResult, after: ScanResult) {
  return { status: entry.status, entryId: entry.id, problem: entry.problem, before: scanSummary(before), after: scanSummary(after) };
}

export function comparisonText(request: FixRequest, before: ScanResult, after: ScanResult, t: Translate): string[] {
  const count = (scan: ScanResult, part: 'total' | 'null') => (scan.diagnosis.sessions ? String(scan.diagnosis.sessions[part]) : t('outcome.compare.unknown'));
  const row = (label: string, a: string, b: string) => `    ${label.padEnd(26)}${a.padStart(9)}${b.padStart(9)}`;
  const lines = [
    `${t('outcome.compare.heading.change')}:`,
    row('', t('outcome.compare.before'), t('outcome.compare.after.change')),
    row(t('outcome.compare.sessions'), count(before, 'total'), count(after, 'total')),
    row(t('outcome.compare.null'), count(before, 'null'), count(after, 'null')),
  ];
  const addressed = addressedFindings(request, before.diagnosis);
  const found = before.diagnosis.findings.filter((finding) => addressed.includes(finding.id));
  lines.push('', t('cli.apply.addressed'));
  if (found.length === 0) lines.push(`    ${t('cli.apply.noneFoundBefore')}`);
  for (const finding of found) {
    const still = after.diagnosis.findings.find((f) => f.id === finding.id);
    const title = t(findingMessageKeys(still ?? finding).title, (still ?? finding).params);
    const state = still ? t('cli.apply.stillThere') : t('outcome.compare.absent');
    const width = Math.max(t('cli.apply.stillThere').length, t('outcome.compare.absent').length);
    lines.push(`    ${state.padEnd(width)}  ${title}  (${finding.id})`);
  }
  return lines;
}

export async function runApplyCommand(args: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { ...FIX_PARSE_OPTIONS, yes: { type: 'boolean' } });
  if (values.from !== undefined) {
    throw new UsageError('apply does not take --from: a folder of saved outputs cannot be changed. "plan --from" shows the plan; run apply on that PC itself.');
  }
  const fix = fixArgumentsFrom(values, positionals);
  const t = cliTranslator(values.lang, context.env);
  // With --json, stdout carries only the outcome; the plan and the question go to stderr.
  const say = (text: string) => (fix.json ? io.stderr(text) : io.stdout(text));
  const emit: EventSink = (event, payload) => {
    const progress = payload as FixProgressEvent;
    if (event === 'fixProgress' && progress.phase === 'step' && progress.status !== 'running')
      say(`  step ${progress.step} of ${progress.steps}: ${progress.status}\n`);
  };
  const host = await openHost(fix.target, context, { log: cliLog(io, fix.verbose), emit, readsPc: true, reset: values.reset ?? false });
  const scan = await scanOf(host, fix.role);
  // The host refuses too, but asking first for a change that cannot be made helps nobody.
  if (scan.readings.elevated === false) throw new CliFailure(`${t('plan.refusal.not-elevated')} ${t('outcome.refused')}`);
  const planned = host.plan(fix.request);
  if (planned.kind === 'refused') throw refusalFailure(planned.refusal, t);
  say(`${t('cli.plan.heading', { pc: machineName(host, t) })}\n\n${planToText(planned.plan, t)}\n`);
  if (!values.yes && !(await confirm(io, say, t('cli.apply.question')))) {
    say(`${t('outcome.refused')}\n`);
    return 1;
  }

  const response = await host.apply(fix.request, fix.role);
  if (response.kind === 'refused') throw refusalFailure(response.refusal, t);
  const { entry, before, after } = response;
  if (fix.json) {
    io.stdout(`${JSON.stringify(outcomeToJson(entry, before, after), null, 2)}\n`);
  } else {
    const folder = host.machine().folder;
    const lines = [t('cli.apply.result', { result: outcomeSentence(entry, t) })];
    if (entry.problem) lines.push(t('cli.problem', { problem: entry.problem }));
    lines.push(t('cli.apply.change', { id: entry.id }));
    const backups = entry.backupFiles.map((name) => path.join(folder.backupsDirectory, name));
    lines.push(t('cli.backups', { files: backups.length > 0 ? backups.join(', ') : t('cli.apply.noBackups') }));
    lines.push(t('cli.journal', { path: folder.journalFile }));
    lines.push('', ...comparisonText(fix.request, before, after, t), '');
    if (canUndo(entry))
      lines.push(
        t('cli.undoCommand', {
          command: `workgroup-doctor undo ${entry.id}${fix.target.kind === 'scenario' ? ` --scenario ${escapeForTerminal(fix.target.name)}` : ''}`,
        }),
      );
    io.stdout(`${lines.join('\n')}\n`);
  }
  return entry.status === 'applied' ? 0 : 1;
}
