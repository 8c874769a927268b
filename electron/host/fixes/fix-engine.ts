import type { CommandFailure } from '../../../shared/commands/command-failure';
import type { CommandRecord } from '../../../shared/fixes/command-record';
import type { FixPlan, PlannedStep, UndoPlan } from '../../../shared/fixes/fix-plan';
import type { JournalEntry, JournalStatus, StepRecord } from '../../../shared/fixes/journal-format';
import { CommandError } from '../commands/command-error';
import type { CommandRunner } from '../commands/command-runner';
import { stepHolds } from './check-step';
import { CommandRecorder } from './command-recorder';
import type { Journal } from './journal';
import { runOperation } from './run-operation';

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

/** What a change did: its journal entry, and the commands it ran (for technicians, never journaled). */
export interface EngineOutcome {
  readonly entry: JournalEntry;
  readonly commands: readonly CommandRecord[];
}

/**
 * Carries out a plan: the entry with the change's facts is written before anything runs (if the journal
 * cannot be written, nothing is changed), then the backups, then each step, recorded as started before it
 * runs and as done once a check read back that it took effect. A step that fails puts back the steps
 * before it (and itself: it may have half-happened). If the app or the PC stops in the middle, the entry
 * says which steps started, and undo puts them back from the facts (see planUndo).
 */
export async function applyPlan(plan: FixPlan, dependencies: EngineDependencies, id: string, backupFiles: readonly string[]): Promise<EngineOutcome> {
  const change = new ChangeRun(dependencies, {
    id,
    status: 'applying',
    startedAt: timestamp(dependencies),
    finishedAt: null,
    change: plan.change,
    backupFiles: [...backupFiles],
    steps: [],
    problem: null,
    undoneAt: null,
  });
  await change.save();

  change.phase('backup');
  for (const backup of plan.backup) {
    const failure = await change.run(backup.operation);
    if (failure) return change.finish('aborted', `backup failed: ${describe(failure)}; nothing was changed`);
  }

  for (const [index, step] of plan.steps.entries()) {
    const progress = { entryId: id, phase: 'step', step: index + 1, steps: plan.steps.length } as const;
    await change.startStep(index);
    dependencies.onProgress?.({ ...progress, status: 'running' });
    change.phase('step');
    const failure = await change.run(step.command.operation);
    const held = failure === null && (await change.holds(step.check));
    await change.finishStep(index, held ? 'done' : 'failed');
    dependencies.onProgress?.({ ...progress, status: held ? 'ok' : 'failed' });
    if (!held) {
      const problem = failure ? `step ${index + 1} failed: ${describe(failure)}` : `step ${index + 1} ran but did not take effect`;
      const earlier = plan.steps.slice(0, index);
      // A step that ran without taking effect may have half-happened: its own undo runs too.
      const restored = await change.putBack(earlier, failure ? null : step);
      // An ended connection cannot be put back: a change of several is then left partly done, and says so.
      const lasting = earlier.filter((done) => !canBePutBack(done)).length;
      const after = restored
        ? 'everything was put back as it was'
        : lasting > 0
          ? `${lasting === 1 ? 'the step' : `the ${lasting} steps`} before it cannot be undone and stay done`
          : 'putting back the earlier steps failed too: see the commands';
      return change.finish(restored ? 'rolled-back' : 'rollback-failed', `${problem}; ${after}`);
    }
  }
  return change.finish('applied', null);
}

/**
 * Puts a recorded change back with the steps planned afresh from its facts (planUndo), each checked. The
 * entry says "undoing" before the first runs; its steps are not recorded one by one, because an undo
 * that stops halfway is planned again from the same facts and puts back only what still differs.
 */
export async function undoEntry(entry: JournalEntry, plan: UndoPlan, dependencies: EngineDependencies): Promise<EngineOutcome> {
  const change = new ChangeRun(dependencies, { ...entry, status: 'undoing', problem: null });
  await change.save();
  let restored = true;
  for (const step of plan.steps) {
    change.phase('undo');
    const failure = await change.run(step.command.operation);
    restored = failure === null && (await change.holds(step.check)) && restored;
  }
  if (restored) change.set({ undoneAt: timestamp(dependencies) });
  return change.finish(restored ? 'undone' : 'undo-failed', restored ? null : 'some of the change could not be put back: see the commands');
}

/** One change being carried out: its entry, saved at every turn, and the commands it ran. */
class ChangeRun {
  private readonly recorder: CommandRecorder;

  constructor(
    private readonly dependencies: EngineDependencies,
    private entry: JournalEntry,
  ) {
    this.recorder = new CommandRecorder(dependencies.runner, () => dependencies.now?.() ?? new Date());
  }

  phase(phase: CommandRecord['phase']): void {
    this.recorder.phase = phase;
  }

  set(changes: Partial<JournalEntry>): void {
    this.entry = { ...this.entry, ...changes };
  }

  save(): Promise<void> {
    return this.dependencies.journal.save(this.entry);
  }

  /** Recorded in the journal before the step's command runs. */
  startStep(index: number): Promise<void> {
    const started: StepRecord = { state: 'started', startedAt: timestamp(this.dependencies), finishedAt: null };
    this.set({ steps: [...this.entry.steps.slice(0, index), started] });
    return this.save();
  }

  finishStep(index: number, state: 'done' | 'failed'): Promise<void> {
    this.set({ steps: this.entry.steps.map((step, i) => (i === index ? { ...step, state, finishedAt: timestamp(this.dependencies) } : step)) });
    return this.save();
  }

  async finish(status: JournalStatus, problem: string | null): Promise<EngineOutcome> {
    this.set({ status, problem, finishedAt: this.entry.finishedAt ?? timestamp(this.dependencies) });
    await this.save();
    this.dependencies.onProgress?.({ entryId: this.entry.id, phase: 'done', status: status === 'applied' || status === 'undone' ? 'ok' : 'failed' });
    return { entry: this.entry, commands: this.recorder.records };
  }

  /** Runs one operation; the failure, or null when the command did its job. */
  async run(operation: Parameters<typeof runOperation>[1]): Promise<CommandFailure | null> {
    try {
      await runOperation(this.recorder.runner, operation);
      return null;
    } catch (error) {
      if (error instanceof CommandError) return error.failure;
      throw error;
    }
  }

  async holds(check: PlannedStep['check']): Promise<boolean> {
    const phase = this.recorder.phase;
    this.phase('check');
    try {
      return await stepHolds(this.recorder.runner, check);
    } finally {
      this.phase(phase);
    }
  }

  /**
   * Undoes the steps that were done, last first, and the one that may have half-happened, and reads
   * back each; true when everything is as it was. A done step that cannot be undone (an ended
   * connection) leaves the PC changed, so it is never counted as put back.
   */
  async putBack(done: readonly PlannedStep[], halfDone: PlannedStep | null): Promise<boolean> {
    let restored = done.every(canBePutBack);
    for (const step of [...(halfDone ? [halfDone] : []), ...[...done].reverse()]) {
      this.phase('rollback');
      for (const undo of step.undo) restored = (await this.run(undo.operation)) === null && restored;
      if (step.undoCheck) restored = (await this.holds(step.undoCheck)) && restored;
    }
    return restored;
  }
}

/** Whether a step has an undo at all (an ended connection or a closed file has none). */
function canBePutBack(step: PlannedStep): boolean {
  return step.undo.length > 0;
}

function describe(failure: CommandFailure): string {
  return failure.kind === 'system-error' ? `System error ${failure.code}` : failure.kind === 'exit-code' ? `exit code ${failure.exitCode}` : failure.kind;
}

function timestamp(dependencies: EngineDependencies): string {
  return (dependencies.now?.() ?? new Date()).toISOString();
}
