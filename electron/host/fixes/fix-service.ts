import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PcRole } from '../../../shared/diagnosis/finding';
import { readHostFacts } from '../../../shared/diagnosis/host-facts';
import type { CommandRecord } from '../../../shared/fixes/command-record';
import type { Refusal, UndoPlan } from '../../../shared/fixes/fix-plan';
import type { FixRequest } from '../../../shared/fixes/fix-request';
import { canUndo, type JournalEntry } from '../../../shared/fixes/journal-entry';
import { planFix } from '../../../shared/fixes/plan-fix';
import { planUndo } from '../../../shared/fixes/plan-undo';
import type { ApplyResponse, ChangesResponse, PlanResponse, ScanResult, UndoResponse } from '../../../shared/ipc/contract';
import type { CommandLog } from '../commands/command-log';
import type { PcDataFolder } from '../data-folder';
import type { Machine } from '../machines/machine';
import { BusyError } from '../work-lock';
import { applyPlan, undoEntry, type FixProgress } from './fix-engine';
import { Journal, JournalDamagedError, JournalUnwritableError } from './journal';
import { holdPcChangeLock, isPcChanging } from './pc-change-lock';

export interface FixServiceOptions {
  /** The PC the fixes are for (it can change: demo mode switches PCs). */
  readonly machine: () => Machine;
  /** A fresh scan of that PC (the host's one way to scan). */
  readonly scan: (role: PcRole) => Promise<ScanResult>;
  readonly log: CommandLog;
  readonly onProgress?: (progress: FixProgress) => void;
  readonly now?: () => Date;
}

/** How the recorded changes would be undone now, for showing before asking (the CLI's undo). */
export type UndoPlansResponse = { readonly kind: 'plans'; readonly plans: readonly UndoPlan[] } | RefusedResponse;

export interface FixService {
  /** The plan for a fix, made from the scan the user saw; changes nothing. */
  plan(request: FixRequest, lastScan: ScanResult | null): PlanResponse;
  apply(request: FixRequest, role: PcRole): Promise<ApplyResponse>;
  /** The journal; `changingHere` says this process is making a change right now. */
  changes(changingHere: boolean): Promise<ChangesResponse>;
  /** Scans and plans the undo of one change (or "all"), changing nothing. */
  planUndo(entryId: string, role: PcRole): Promise<UndoPlansResponse>;
  undo(entryId: string, role: PcRole): Promise<UndoResponse>;
}

export type RefusedResponse = { readonly kind: 'refused'; readonly refusal: Refusal };

export const refused = (reason: Refusal['reason'], key: Refusal['message']['key'], params?: Refusal['message']['params']): RefusedResponse => ({
  kind: 'refused',
  refusal: { reason, message: params ? { key, params } : { key } },
});

/** A moment as it appears in change ids and backup file names (no characters Windows forbids in a name). */
const stampOf = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

/** A change's id: the moment it was planned (or applied, without a plan), and its action. */
const changeId = (at: Date, request: FixRequest) => `${stampOf(at)}-${request.action}`;

/** Where the backups of a change made at `at` go: one name for what the plan shows and what is written. */
function backupFileNamer(folder: PcDataFolder, at: Date): (name: string) => string {
  const stamp = stampOf(at);
  return (name) => path.join(folder.backupsDirectory, `${stamp}-${name}`);
}

/**
 * When the last plan was made, for the apply that follows it: the backups are named by that moment, so
 * the files the user was shown are the files written. Used once, and only for the same request on the
 * same PC; any other apply (or a second one) takes its own moment.
 */
interface PlanMoment {
  readonly machine: Machine;
  readonly request: string;
  readonly at: Date;
}

/**
 * Fixes as the user meets them: planned from the scan they saw, applied after a fresh scan confirms the
 * plan still holds, recorded in the journal, and verified by scanning again afterwards. Undo plans afresh
 * from the journal's facts and a fresh scan. The host runs each of these alone in this process
 * (WorkLock); a change also holds the PC's change lock, so the window and the command line never change
 * the same PC at once.
 */
export function createFixService(options: FixServiceOptions): FixService {
  const now = () => options.now?.() ?? new Date();
  let lastPlan: PlanMoment | null = null;
  /** The moment of the plan this apply confirms, or now; never one that names a change already recorded. */
  const applyMoment = (machine: Machine, request: FixRequest, entries: readonly JournalEntry[]): Date => {
    const planned = lastPlan;
    lastPlan = null;
    if (planned === null || planned.machine !== machine || planned.request !== JSON.stringify(request)) return now();
    const taken = entries.some((entry) => entry.id === changeId(planned.at, request));
    return taken ? now() : planned.at;
  };
  const journal = (machine: Machine = options.machine()) => new Journal(machine.folder.journalFile);
  const engine = (machine: Machine) => ({
    runner: machine.runner!,
    journal: journal(machine),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.now ? { now: options.now } : {}),
  });

  /** Turns journal trouble into refusals that say what to do; a machine of saved outputs is never changed. */
  async function refusingOnJournalTrouble<T>(work: () => Promise<T>): Promise<T | RefusedResponse> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof JournalDamagedError) return refused('journal-damaged', 'plan.refusal.journal-damaged', { path: error.file });
      if (error instanceof JournalUnwritableError)
        return refused('journal-unwritable', 'plan.refusal.journal-unwritable', { path: error.file, reason: error.reason });
      throw error;
    }
  }

  /** A change of the PC: read-only machines are refused, and the PC's change lock is held throughout. */
  async function changing<T>(work: (machine: Machine) => Promise<T>): Promise<T | RefusedResponse> {
    const machine = options.machine();
    if (machine.runner === null) return refused('read-only', 'plan.refusal.read-only');
    return refusingOnJournalTrouble(async () => {
      const outcome = await holdPcChangeLock(machine.folder, () => work(machine));
      // Another process (the window, the command line) is changing this PC.
      if (outcome === null) throw new BusyError('change', 'change');
      return outcome.value;
    });
  }

  /** The changes `entryId` names, if every one of them can be undone. */
  function undoTargets(entries: readonly JournalEntry[], entryId: string): JournalEntry[] | null {
    const targets = entryId === 'all' ? entries.filter(canUndo).reverse() : entries.filter((entry) => entry.id === entryId);
    return targets.length > 0 && targets.every(canUndo) ? targets : null;
  }

  /** Scans, then plans the undo of each target from its facts; a refusal when any cannot be planned. */
  async function plannedUndos(machine: Machine, entryId: string, role: PcRole) {
    const targets = undoTargets(journal(machine).read().entries, entryId);
    if (!targets) return refused('nothing-to-change', 'undo.refusal.nothing');
    const before = await options.scan(role);
    if (before.readings.elevated === false) return refused('not-elevated', 'plan.refusal.not-elevated');
    const facts = readHostFacts(before.readings);
    const plans: UndoPlan[] = [];
    for (const target of targets) {
      const planned = planUndo(target, facts);
      if (!planned.ok) return { kind: 'refused' as const, refusal: planned.refusal };
      plans.push(planned.plan);
    }
    return { kind: 'planned' as const, targets, plans };
  }

  return {
    plan(request, lastScan) {
      if (!lastScan) return refused('no-scan', 'plan.refusal.no-scan');
      const machine = options.machine();
      const at = now();
      const outcome = planFix(request, readHostFacts(lastScan.readings), { backupFile: backupFileNamer(machine.folder, at) });
      lastPlan = outcome.ok ? { machine, request: JSON.stringify(request), at } : null;
      return outcome.ok ? { kind: 'plan', plan: outcome.plan, elevated: lastScan.readings.elevated } : { kind: 'refused', refusal: outcome.refusal };
    },

    apply: (request, role) =>
      changing(async (machine) => {
        const recorded = journal(machine).read().entries;
        // The plan the user confirmed was made from an earlier scan: the machine is read again and
        // the plan rebuilt from what is true now (a client may have gone, a value changed).
        const before = await options.scan(role);
        if (before.readings.elevated === false) return refused('not-elevated', 'plan.refusal.not-elevated');
        // Named as the plan the user saw named them (the backups, and the change's id with them).
        const at = applyMoment(machine, request, recorded);
        const outcome = planFix(request, readHostFacts(before.readings), { backupFile: backupFileNamer(machine.folder, at) });
        if (!outcome.ok) return { kind: 'refused' as const, refusal: outcome.refusal };
        try {
          mkdirSync(machine.folder.backupsDirectory, { recursive: true });
        } catch (error) {
          // Backups and the journal share the data folder: a folder that cannot hold one holds neither.
          throw new JournalUnwritableError(machine.folder.backupsDirectory, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
        }
        const id = changeId(at, request);
        options.log.info(`applying ${request.action} as ${id}`);
        // The journal keeps the backups' names only: they are for a technician, and undo never reads them.
        const backupNames = outcome.plan.backup.flatMap((backup) => (backup.operation.kind === 'export-key' ? [path.basename(backup.operation.file)] : []));
        const { entry, commands } = await applyPlan(outcome.plan, engine(machine), id, backupNames);
        options.log.info(`${id}: ${entry.status}${entry.problem ? ` (${entry.problem})` : ''}`);
        return { kind: 'ran' as const, entry, commands, before, after: await options.scan(role) };
      }),

    async changes(changingHere) {
      const machine = options.machine();
      try {
        const entries = journal(machine).read().entries;
        return { kind: 'ok', entries, changeRunning: changingHere || (await isPcChanging(machine.folder)) };
      } catch (error) {
        if (error instanceof JournalDamagedError) return { kind: 'damaged', path: error.file, reason: error.reason };
        throw error;
      }
    },

    planUndo: async (entryId, role) => {
      const machine = options.machine();
      if (machine.runner === null) return refused('read-only', 'plan.refusal.read-only');
      return refusingOnJournalTrouble(async () => {
        const planned = await plannedUndos(machine, entryId, role);
        return planned.kind === 'planned' ? { kind: 'plans' as const, plans: planned.plans } : planned;
      });
    },

    undo: (entryId, role) =>
      changing(async (machine) => {
        const planned = await plannedUndos(machine, entryId, role);
        if (planned.kind !== 'planned') return planned;
        const entries: JournalEntry[] = [];
        const commands: CommandRecord[] = [];
        for (const [index, target] of planned.targets.entries()) {
          options.log.info(`undoing ${target.id}`);
          const outcome = await undoEntry(target, planned.plans[index]!, engine(machine));
          entries.push(outcome.entry);
          commands.push(...outcome.commands);
        }
        return { kind: 'ran' as const, entries, commands, after: await options.scan(role) };
      }),
  };
}
