import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { diagnose } from '../../../shared/diagnosis/diagnose';
import type { PcRole } from '../../../shared/diagnosis/finding';
import { readHostFacts } from '../../../shared/diagnosis/host-facts';
import type { Refusal } from '../../../shared/fixes/fix-plan';
import type { FixRequest } from '../../../shared/fixes/fix-request';
import { canUndo, type JournalEntry } from '../../../shared/fixes/journal-entry';
import { planFix } from '../../../shared/fixes/plan-fix';
import type { ApplyResponse, ChangesResponse, PlanResponse, ScanResult, UndoResponse } from '../../../shared/ipc/contract';
import type { CommandLog } from '../commands/command-log';
import type { CommandRunner } from '../commands/command-runner';
import { scanHost } from '../scan/scan-host';
import { applyPlan, undoEntry, type FixProgress } from './fix-engine';
import { Journal, JournalDamagedError, JournalUnwritableError } from './journal';

export interface FixServiceOptions {
  readonly runner: () => CommandRunner;
  /** The folder for journal.json and backups/ (the app's data folder, or the demo PC's). */
  readonly dataDirectory: () => string;
  readonly log: CommandLog;
  readonly onProgress?: (progress: FixProgress) => void;
  /** The last scan the user saw, which plans are made from. */
  readonly lastScan: () => ScanResult | null;
  /** Another operation (a scan) that must not run at the same time. */
  readonly otherWorkRunning: () => boolean;
  readonly scenarioId: () => string | null;
  readonly now?: () => Date;
}

export interface FixService {
  plan(request: FixRequest): PlanResponse;
  apply(request: FixRequest, role: PcRole): Promise<ApplyResponse>;
  changes(): ChangesResponse;
  undo(entryId: string | 'all', role: PcRole): Promise<UndoResponse>;
  isBusy(): boolean;
}

const refused = (reason: Refusal['reason'], key: Refusal['message']['key'], params?: Refusal['message']['params']) =>
  ({ kind: 'refused', refusal: { reason, message: params ? { key, params } : { key } } }) as const;

/**
 * Fixes as the user meets them: planned from the scan they saw, applied after a fresh scan confirms the
 * plan still holds, recorded in the journal, and verified by scanning again afterwards.
 */
export function createFixService(options: FixServiceOptions): FixService {
  let busy = false;
  const journal = () => new Journal(path.join(options.dataDirectory(), 'journal.json'));
  const backupFile = (stamp: string) => (name: string) => path.join(options.dataDirectory(), 'backups', `${stamp}-${name}`);
  const stampOf = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

  async function scan(role: PcRole): Promise<ScanResult> {
    const started = performance.now();
    const readings = await scanHost(options.runner());
    return {
      readings,
      diagnosis: diagnose(readings, { role }),
      durationMs: Math.round(performance.now() - started),
      finishedAt: new Date().toISOString(),
      scenarioId: options.scenarioId(),
    };
  }

  /** Runs `work` alone, turning journal trouble into refusals that say what to do. */
  async function exclusive<T>(work: () => Promise<T>): Promise<T | ReturnType<typeof refused>> {
    if (busy || options.otherWorkRunning()) return refused('busy', 'plan.refusal.busy');
    busy = true;
    try {
      return await work();
    } catch (error) {
      if (error instanceof JournalDamagedError) return refused('journal-damaged', 'plan.refusal.journal-damaged', { path: error.file });
      if (error instanceof JournalUnwritableError) return refused('journal-unwritable', 'plan.refusal.journal-unwritable', { path: error.file, reason: error.reason });
      throw error;
    } finally {
      busy = false;
    }
  }

  return {
    isBusy: () => busy,

    plan(request) {
      const last = options.lastScan();
      if (!last) return refused('no-scan', 'plan.refusal.no-scan');
      const outcome = planFix(request, readHostFacts(last.readings), { backupFile: backupFile(stampOf(options.now?.() ?? new Date())) });
      return outcome.ok ? { kind: 'plan', plan: outcome.plan, elevated: last.readings.elevated } : { kind: 'refused', refusal: outcome.refusal };
    },

    apply: (request, role) =>
      exclusive(async () => {
        journal().read();
        // The plan the user confirmed was made from an earlier scan: the machine is read again and
        // the plan rebuilt from what is true now (a client may have gone, a value changed).
        const before = await scan(role);
        if (before.readings.elevated === false) return refused('not-elevated', 'plan.refusal.not-elevated');
        const now = options.now?.() ?? new Date();
        const outcome = planFix(request, readHostFacts(before.readings), { backupFile: backupFile(stampOf(now)) });
        if (!outcome.ok) return { kind: 'refused' as const, refusal: outcome.refusal };
        try {
          mkdirSync(path.join(options.dataDirectory(), 'backups'), { recursive: true });
        } catch (error) {
          // Backups and the journal share the data folder: a folder that cannot hold one holds neither.
          throw new JournalUnwritableError(path.join(options.dataDirectory(), 'backups'), (error as NodeJS.ErrnoException).code ?? (error as Error).message);
        }
        const id = `${stampOf(now)}-${request.action}`;
        options.log.info(`applying ${request.action} as ${id}`);
        const entry = await applyPlan(outcome.plan, { runner: options.runner(), journal: journal(), ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.now ? { now: options.now } : {}) }, id);
        options.log.info(`${id}: ${entry.status}${entry.problem ? ` (${entry.problem})` : ''}`);
        return { kind: 'ran' as const, entry, before, after: await scan(role) };
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
      exclusive(async () => {
        const entries = journal().read().entries;
        const targets = entryId === 'all' ? entries.filter(canUndo).reverse() : entries.filter((entry) => entry.id === entryId);
        if (targets.length === 0 || !targets.every(canUndo)) return refused('nothing-to-change', 'undo.refusal.nothing');
        const readings = await scanHost(options.runner());
        if (readings.elevated === false) return refused('not-elevated', 'plan.refusal.not-elevated');
        const undone: JournalEntry[] = [];
        for (const target of targets) {
          options.log.info(`undoing ${target.id}`);
          undone.push(await undoEntry(target, { runner: options.runner(), journal: journal(), ...(options.onProgress ? { onProgress: options.onProgress } : {}) }));
        }
        return { kind: 'ran' as const, entries: undone, after: await scan(role) };
      }),
  };
}
