import type { CommandFailure } from '../../../shared/commands/command-failure';
import type { FixPlan, PlannedCommand, StepCheck } from '../../../shared/fixes/fix-plan';
import type { CommandRecord, JournalEntry, JournalStatus } from '../../../shared/fixes/journal-entry';
import { canUndo } from '../../../shared/fixes/journal-entry';
import { SNAPSHOT_KEYS } from '../../../shared/fixes/registry-allowlist';
import { changedValues, restoreCommands, snapshotValues, type RegistrySnapshot, type ValueChange } from '../../../shared/fixes/registry-snapshot';
import { parseNetFile } from '../../../shared/parsers/net-file';
import { parseNetSession } from '../../../shared/parsers/net-session';
import { findRegValue, parseRegQuery } from '../../../shared/parsers/reg-query';
import { CommandError } from '../commands/command-error';
import type { CommandRunner } from '../commands/command-runner';
import type { Journal } from './journal';

export interface FixProgress {
  readonly entryId: string;
  readonly phase: CommandRecord['phase'] | 'done';
  readonly status: 'running' | 'ok' | 'failed';
  /** The step (1-based) for phase "step". */
  readonly step?: number;
  readonly steps?: number;
}

export interface EngineDependencies {
  readonly runner: CommandRunner;
  readonly journal: Journal;
  readonly onProgress?: (progress: FixProgress) => void;
  readonly now?: () => Date;
}

const PRINTERS_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Print\\Printers';
const PRINTER_ATTRIBUTE_SHARED = 0x8;
const OUTPUT_KEPT = 2000;

/**
 * Carries out a plan: backups first, then the settings as they are, then each step followed by a check
 * that it took effect. A failed step puts back what the earlier ones changed. The journal is written
 * before the first command and after every one, so nothing the app does goes unrecorded.
 */
export async function applyPlan(plan: FixPlan, dependencies: EngineDependencies, id: string): Promise<JournalEntry> {
  const session = new EntrySession(dependencies, {
    id,
    request: plan.request,
    summary: plan.summary,
    status: 'applying',
    startedAt: timestamp(dependencies),
    finishedAt: null,
    plan,
    backupFiles: plan.backup.map((command) => command.args[2]!).filter(Boolean),
    before: null,
    after: null,
    changed: [],
    stepsDone: 0,
    commands: [],
    problem: null,
    undoneAt: null,
  });
  // Written before anything runs: if the journal cannot be written, nothing is changed.
  session.save();

  for (const command of plan.backup) {
    const outcome = await session.run(command, 'backup');
    if (!outcome.ok) return session.finish('aborted', `backup failed: ${describe(outcome.failure)}; nothing was changed`);
  }
  const before = await session.snapshot();
  if (Object.keys(before).length < SNAPSHOT_KEYS.length && plan.steps.some((step) => step.check.kind === 'registry-value')) {
    return session.finish('aborted', 'the settings could not be read before the change; nothing was changed');
  }
  session.update({ before });

  for (const [index, step] of plan.steps.entries()) {
    dependencies.onProgress?.({ entryId: id, phase: 'step', status: 'running', step: index + 1, steps: plan.steps.length });
    const ran = await session.run(step.command, 'step');
    const held = ran.ok && (await session.check(step.check));
    if (!held) {
      dependencies.onProgress?.({ entryId: id, phase: 'step', status: 'failed', step: index + 1, steps: plan.steps.length });
      const problem = ran.ok ? `step ${index + 1} ran but did not take effect` : `step ${index + 1} failed: ${describe(ran.failure)}`;
      // A step that ran without taking effect may have half-happened: its own undo runs too.
      const undoUpTo = ran.ok ? index + 1 : index;
      const restored = await session.putBack(plan, undoUpTo, before, 'rollback');
      return session.finish(restored ? 'rolled-back' : 'rollback-failed', `${problem}; ${restored ? 'everything was put back as it was' : 'putting back the earlier steps failed too: see the commands'}`);
    }
    session.update({ stepsDone: index + 1 });
    dependencies.onProgress?.({ entryId: id, phase: 'step', status: 'ok', step: index + 1, steps: plan.steps.length });
  }

  const after = await session.snapshot();
  session.update({ after, changed: changedValues(before, after) });
  return session.finish('applied', null);
}

/** Puts back what an applied fix changed: the steps' undo commands, then any saved value still different. */
export async function undoEntry(entry: JournalEntry, dependencies: EngineDependencies): Promise<JournalEntry> {
  if (!canUndo(entry)) throw new Error(`change ${entry.id} cannot be undone (status ${entry.status})`);
  const session = new EntrySession(dependencies, { ...entry, status: 'undoing', problem: null });
  session.save();
  const restored = await session.putBack(entry.plan, entry.stepsDone, entry.before ?? {}, 'undo', entry.changed);
  session.update({ undoneAt: timestamp(dependencies) });
  return session.finish(restored ? 'undone' : 'undo-failed', restored ? null : 'some of the change could not be put back: see the commands');
}

class EntrySession {
  constructor(
    private readonly dependencies: EngineDependencies,
    private entry: JournalEntry,
  ) {}

  save(): void {
    this.dependencies.journal.save(this.entry);
  }

  update(changes: Partial<JournalEntry>): void {
    this.entry = { ...this.entry, ...changes };
    this.save();
  }

  finish(status: JournalStatus, problem: string | null): JournalEntry {
    this.update({ status, problem, finishedAt: timestamp(this.dependencies) });
    this.dependencies.onProgress?.({ entryId: this.entry.id, phase: 'done', status: status === 'applied' || status === 'undone' ? 'ok' : 'failed' });
    return this.entry;
  }

  async run(command: PlannedCommand, phase: CommandRecord['phase']): Promise<{ ok: true; stdout: string } | { ok: false; failure: CommandFailure }> {
    const started = performance.now();
    const argv = [command.program, ...command.args];
    try {
      const output = await this.dependencies.runner.run(command.program, command.args, {
        ...(command.env ? { env: command.env } : {}),
        ...(command.codePage ? { codePage: command.codePage } : {}),
      });
      this.record({ phase, argv, exitCode: output.exitCode, failure: null, durationMs: output.durationMs, output: `${output.stdout}${output.stderr}`.slice(0, OUTPUT_KEPT) });
      return { ok: true, stdout: output.stdout };
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      this.record({ phase, argv, exitCode: error.exitCode, failure: error.failure, durationMs: Math.round(performance.now() - started), output: `${error.stderr}${error.stdout}`.slice(0, OUTPUT_KEPT) });
      return { ok: false, failure: error.failure };
    }
  }

  private record(record: Omit<CommandRecord, 'at'>): void {
    this.update({ commands: [...this.entry.commands, { ...record, at: timestamp(this.dependencies) }] });
  }

  /** The snapshot keys as they are now; a key that cannot be read is left out. */
  async snapshot(): Promise<RegistrySnapshot> {
    const snapshot: RegistrySnapshot = {};
    for (const key of SNAPSHOT_KEYS) {
      const read = await this.run({ program: 'reg', args: ['query', key], purpose: { key: 'plan.purpose.read-before' } }, 'read');
      if (read.ok) snapshot[key] = snapshotValues(key, parseRegQuery(read.stdout).values);
    }
    return snapshot;
  }

  /** Whether a step took effect, read back from Windows rather than trusted from its exit code. */
  async check(check: StepCheck): Promise<boolean> {
    const read = (args: string[], program: 'reg' | 'net' = 'reg') => this.run({ program, args, purpose: { key: 'plan.purpose.read-before' } }, 'check');
    switch (check.kind) {
      case 'registry-value': {
        const result = await read(['query', check.key, '/v', check.name]);
        const value = result.ok ? findRegValue(parseRegQuery(result.stdout).values, check.name) : null;
        return typeof value?.data === 'number' && value.data === (check.data < 0 ? check.data >>> 0 : check.data);
      }
      case 'printer-shared':
        return (await this.printerShared(check.printer)) === check.shared;
      case 'no-session': {
        const result = await read(['session'], 'net');
        const name = check.computer.toLowerCase();
        return result.ok && !parseNetSession(result.stdout).sessions.some((session) => session.computer.toLowerCase() === name);
      }
      case 'file-closed': {
        const result = await read(['file'], 'net');
        return result.ok && !parseNetFile(result.stdout).files.some((file) => file.id === check.fileId);
      }
    }
  }

  private async printerShared(printer: string): Promise<boolean | null> {
    const result = await this.run({ program: 'reg', args: ['query', `${PRINTERS_KEY}\\${printer}`, '/v', 'Attributes'], purpose: { key: 'plan.purpose.read-before' } }, 'check');
    const value = result.ok ? findRegValue(parseRegQuery(result.stdout).values, 'Attributes') : null;
    return typeof value?.data === 'number' ? (value.data & PRINTER_ATTRIBUTE_SHARED) !== 0 : null;
  }

  /**
   * Undoes steps [0, stepsToUndo) last first, then restores every saved value that still differs from
   * `before` (only values in the snapshot keys; for undo, only those the fix itself changed), and
   * reads back to confirm. True when everything is as it was.
   */
  async putBack(plan: FixPlan, stepsToUndo: number, before: RegistrySnapshot, phase: 'rollback' | 'undo', onlyValues?: readonly ValueChange[]): Promise<boolean> {
    let allRan = true;
    for (const step of plan.steps.slice(0, stepsToUndo).reverse()) {
      for (const command of step.undo) allRan = (await this.run(command, phase)).ok && allRan;
      if (step.check.kind === 'printer-shared' && (await this.printerShared(step.check.printer)) !== !step.check.shared) allRan = false;
    }
    const remaining = async () => {
      const now = await this.snapshot();
      const differences = changedValues(before, now);
      return onlyValues ? differences.filter((d) => onlyValues.some((v) => v.key === d.key && v.name.toLowerCase() === d.name.toLowerCase())) : differences;
    };
    const toRestore = await remaining();
    if (toRestore.length === 0) return allRan;
    const { commands, unrestorable } = restoreCommands(toRestore);
    for (const command of commands) await this.run(command, 'restore');
    return allRan && unrestorable.length === 0 && (await remaining()).length === 0;
  }
}

function describe(failure: CommandFailure): string {
  return failure.kind === 'system-error' ? `System error ${failure.code}` : failure.kind === 'exit-code' ? `exit code ${failure.exitCode}` : failure.kind;
}

function timestamp(dependencies: EngineDependencies): string {
  return (dependencies.now?.() ?? new Date()).toISOString();
}
