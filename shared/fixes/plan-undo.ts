import type { HostFacts } from '../diagnosis/host-facts';
import type { RegValue } from '../parsers/reg-query';
import { findRegValue } from '../parsers/reg-query';
import { printerSharingTool } from '../windows/printer-command-lines';
import { LSA_KEY, sameKey } from '../windows/registry-keys';
import { undoAction, type StepContext } from './change-steps';
import { refusal, type Message, type UndoPlanOutcome, type UndoStep } from './fix-plan';
import type { ChangeFacts, JournalEntry } from './journal-format';
import { canUndo, changeSummary } from './journal-entry';
import { printerNameProblem, shareNameProblem } from './validate-names';

const refuse = (reason: Parameters<typeof refusal>[0], key: Message['key'], params?: Message['params']): UndoPlanOutcome => ({
  ok: false,
  refusal: refusal(reason, key, params),
});

/**
 * How a recorded change is put back now, planned afresh from the journal's facts and a fresh scan of the
 * PC, never from commands read back from the journal. Each step the change started is compared with
 * what the PC shows now: what is still different gets the same undo a new fix would plan
 * (change-steps.ts), through the same allowlist and name checks; what is already as it was needs
 * nothing. So an interrupted change, half done, is put back the same way as a whole one.
 */
export function planUndo(entry: JournalEntry, facts: HostFacts): UndoPlanOutcome {
  if (!canUndo(entry)) return refuse('nothing-to-change', 'undo.refusal.nothing');
  const context: StepContext = { printerTool: printerSharingTool(facts.version?.family ?? null) };
  const steps: UndoStep[] = [];
  // Last started first, as a rollback would.
  for (let index = entry.steps.length - 1; index >= 0; index--) {
    const stillChanged = isStillChanged(entry.change, index, facts);
    if (typeof stillChanged === 'object') return stillChanged;
    if (!stillChanged) continue;
    const undo = undoAction(entry.change, index, context);
    if (undo) steps.push({ command: undo.action, check: undo.check });
  }
  return { ok: true, plan: { entryId: entry.id, summary: changeSummary(entry.change), steps } };
}

/** Whether item `index` differs from how it was before the change; a refusal when that cannot be told. */
function isStillChanged(change: ChangeFacts, index: number, facts: HostFacts): boolean | UndoPlanOutcome {
  switch (change.action) {
    case 'method-1': {
      const value = change.values[index]!;
      const values: readonly RegValue[] | null = sameKey(value.key, LSA_KEY) ? facts.lsaValues : facts.lanmanServerValues;
      if (!values) return refuse('not-readable', 'undo.refusal.registry-unreadable', { name: value.name });
      const now = findRegValue(values, value.name);
      const data = now && typeof now.data === 'number' ? now.data : null;
      return now === null ? value.before !== null : data !== value.before;
    }
    case 'method-2': {
      const printer = change.printers[index]!;
      // The same checks as a new Method 2: a name that fails them never reaches a command.
      const problem = printerNameProblem(printer.name);
      if (problem) return refuse('invalid-name', 'plan.refusal.invalid-printer-name', { name: printer.name, problem });
      const shareProblem = shareNameProblem(printer.shareName);
      if (shareProblem) return refuse('invalid-name', 'plan.refusal.invalid-share-name', { name: printer.shareName, problem: shareProblem });
      if (!facts.printers) return refuse('not-readable', 'plan.refusal.printers-unreadable');
      const now = facts.printers.find((p) => p.name === printer.name);
      if (!now) return refuse('no-such-printer', 'undo.refusal.no-such-printer', { name: printer.name });
      return now.shared !== printer.sharedBefore || (printer.sharedBefore && now.shareName !== printer.shareName);
    }
    case 'autodisconnect': {
      const minutes = facts.autodisconnect?.minutes ?? null;
      if (minutes === null) return refuse('not-readable', 'plan.refusal.autodisconnect-unreadable');
      return minutes !== change.minutesBefore;
    }
    case 'start-server': {
      const { startType, running } = facts.serverService;
      if (index === 0) {
        if (startType === null) return refuse('not-readable', 'plan.refusal.server-start-type-unreadable');
        return startType !== change.startTypeBefore;
      }
      if (change.runningBefore) return false;
      if (running === null) return refuse('not-readable', 'plan.refusal.server-state-unreadable');
      return running;
    }
    case 'disconnect':
    case 'close-file':
      return false;
  }
}
