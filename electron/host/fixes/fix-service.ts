import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PcRole } from '../../../shared/diagnosis/finding';
import { readHostFacts } from '../../../shared/diagnosis/host-facts';
import type { Refusal } from '../../../shared/fixes/fix-plan';
import type { FixRequest } from '../../../shared/fixes/fix-request';
import { canUndo, type JournalEntry } from '../../../shared/fixes/journal-entry';
import { planFix } from '../../../shared/fixes/plan-fix';
import type { ApplyResponse, ChangesResponse, PlanResponse, ScanResult, UndoResponse } from '../../../shared/ipc/contract';
import type { CommandLog } from '../commands/command-log';
import type { PcDataFolder } from '../data-folder';
import type { Machine } from '../machines/machine';
import { applyPlan, undoEntry, type FixProgress } from './fix-engine';
import { Journal, JournalDamagedError, JournalUnwritableError } from './journal';

export interface FixServiceOptions {
  /** The PC the fixes are for (it can change: demo mode switches PCs). */
  readonly machine: () => Machine;
  /** A fresh scan of that PC (the host's one way to scan). */
  readonly scan: (role: PcRole) => Promise<ScanResult>;
  readonly log: CommandLog;
  readonly onProgress?: (progress: FixProgress) => void;
  readonly now?: () => Date;
}

export interface FixService {
  /** The plan for a fix, made from the scan the user saw; changes nothing. */
  plan(request: FixRequest, lastScan: ScanResult | null): PlanResponse;
  apply(request: FixRequest, role: PcRole): Promise<ApplyResponse>;
  changes(): ChangesResponse;
  undo(entryId: string | 'all', role: PcRole): Promise<UndoResponse>;
}

export type RefusedResponse = { readonly kind: 'refused'; readonly refusal: Refusal };

export const refused = (reason: Refusal['reason'], key: Refusal['message']['key'], params?: Refusal['message']['params']): RefusedResponse => ({
  kind: 'refused',
  refusal: { reason, message: params ? { key, params } : { key } },
});

/** A moment as it appears in change ids and backup file names (no characters Windows forbids in a name). */
const stampOf = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

/** Where the backups of a change made at `at` go: one name for what the plan shows and what is written. */
function backupFileNamer(folder: PcDataFolder, at: Date): (name: string) => string {
  const stamp = stampOf(at);
  return (name) => path.join(folder.backupsDirectory, `${stamp}-${name}`);
}

/**
 * Fixes as the user meets them: planned from the scan they saw, applied after a fresh scan confirms the
 * plan still holds, recorded in the journal, and verified by scanning again afterwards. The host runs
 * each of these alone (see WorkLock).
 */
export function createFixService(options: FixServiceOptions): FixService {
  const now = () => options.now?.() ?? new Date();
  const journal = () => new Journal(options.machine().folder.journalFile);
  const engine = (machine: Machine) => ({
    runner: machine.runner!,
    journal: journal(),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.now ? { now: options.now } : {}),
  });

  /** Turns journal trouble into refusals that say what to do; a machine of saved outputs is never changed. */
  async function changing<T>(work: (machine: Machine) => Promise<T>): Promise<T | RefusedResponse> {
    const machine = options.machine();
    if (machine.runner === null) return refused('read-only', 'plan.refusal.read-only');
    try {
      return await work(machine);
    } catch (error) {
      if (error instanceof JournalDamagedError) return refused('journal-damaged', 'plan.refusal.journal-damaged', { path: error.file });
      if (error instanceof JournalUnwritableError) return refused('journal-unwritable', 'plan.refusal.journal-unwritable', { path: error.file, reason: error.reason });
      throw error;
    }
  }

  return {
    plan(request, lastScan) {
      if (!lastScan) return refused('no-scan', 'plan.refusal.no-scan');
      const outcome = planFix(request, readHostFacts(lastScan.readings), { backupFile: backupFileNamer(options.machine().folder, now()) });
      return outcome.ok ? { kind: 'plan', plan: outcome.plan, elevated: lastScan.readings.elevated } : { kind: 'refused', refusal: outcome.refusal };
    },

    apply: (request, role) =>
      changing(async (machine) => {
        journal().read();
        // The plan the user confirmed was made from an earlier scan: the machine is read again and
        // the plan rebuilt from what is true now (a client may have gone, a value changed).
        const before = await options.scan(role);
        if (before.readings.elevated === false) return refused('not-elevated', 'plan.refusal.not-elevated');
        const at = now();
        const outcome = planFix(request, readHostFacts(before.readings), { backupFile: backupFileNamer(machine.folder, at) });
        if (!outcome.ok) return { kind: 'refused' as const, refusal: outcome.refusal };
        try {
          mkdirSync(machine.folder.backupsDirectory, { recursive: true });
        } catch (error) {
          // Backups and the journal share the data folder: a folder that cannot hold one holds neither.
          throw new JournalUnwritableError(machine.folder.backupsDirectory, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
        }
        const id = `${stampOf(at)}-${request.action}`;
        options.log.info(`applying ${request.action} as ${id}`);
        const entry = await applyPlan(outcome.plan, engine(machine), id);
        options.log.info(`${id}: ${entry.status}${entry.problem ? ` (${entry.problem})` : ''}`);
        return { kind: 'ran' as const, entry, before, after: await options.scan(role) };
      }),

    changes() {
      try {
        return { kind: 'ok', entries: journal().read().entries };
      } catch (error) {
        if (error instanceof JournalDamagedError) return { kind: 'damaged', path: error.file, reason: error.reason };
        throw error;
      }
    },

    undo: (entryId, role) =>
      changing(async (machine) => {
        const entries = journal().read().entries;
        const targets = entryId === 'all' ? entries.filter(canUndo).reverse() : entries.filter((entry) => entry.id === entryId);
        if (targets.length === 0 || !targets.every(canUndo)) return refused('nothing-to-change', 'undo.refusal.nothing');
        const before = await options.scan(role);
        if (before.readings.elevated === false) return refused('not-elevated', 'plan.refusal.not-elevated');
        const undone: JournalEntry[] = [];
        for (const target of targets) {
          options.log.info(`undoing ${target.id}`);
          undone.push(await undoEntry(target, engine(machine)));
        }
        return { kind: 'ran' as const, entries: undone, after: await options.scan(role) };
      }),
  };
}
