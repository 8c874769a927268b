import type { Message } from './fix-plan';
import type { FixRequest } from './fix-request';
import { disconnectedComputers, type ChangeFacts, type JournalEntry, type JournalStatus, type StepRecord } from './journal-format';
import { ALLOWED_VALUES, allowedValueAt } from './registry-allowlist';

/**
 * A recorded change as the window and the command line show it. The entry itself is the journal's
 * (journal-format.ts); everything here is derived from its facts, so nothing shown is read back as words
 * or commands from the file.
 */
export type { ChangeFacts, JournalEntry, JournalStatus, StepRecord };

/**
 * How a change stands now. A change left "applying" or "undoing" while no change is running on the PC
 * was interrupted: the app or the PC stopped during it, and its steps say how far it got.
 */
export type EntryState = Exclude<JournalStatus, 'applying' | 'undoing'> | 'in-progress' | 'interrupted' | 'undo-interrupted';

export function entryState(entry: Pick<JournalEntry, 'status'>, changeRunning: boolean): EntryState {
  if (entry.status === 'applying') return changeRunning ? 'in-progress' : 'interrupted';
  if (entry.status === 'undoing') return changeRunning ? 'in-progress' : 'undo-interrupted';
  return entry.status;
}

const UNDOABLE_ACTIONS: ReadonlySet<ChangeFacts['action']> = new Set(['method-1', 'method-2', 'autodisconnect', 'start-server']);

/** Whether this kind of change can be put back at all (ended connections and closed files cannot). */
export function isUndoableChange(change: Pick<ChangeFacts, 'action'>): boolean {
  return UNDOABLE_ACTIONS.has(change.action);
}

/**
 * Whether undo is offered: a change in effect, one whose undo did not finish, or one that was
 * interrupted after a step started. Undo plans afresh from the facts, so a half-done change is put back
 * the same way as a whole one.
 */
export function canUndo(entry: Pick<JournalEntry, 'status' | 'change' | 'steps'>): boolean {
  if (!isUndoableChange(entry.change)) return false;
  if (entry.status === 'applied' || entry.status === 'undo-failed' || entry.status === 'undoing') return true;
  return entry.status === 'applying' && entry.steps.length > 0;
}

/** The request the change answered. */
export function requestOf(change: ChangeFacts): FixRequest {
  switch (change.action) {
    case 'method-1':
      return { action: 'method-1' };
    case 'method-2':
      return { action: 'method-2', printers: change.printers.map((printer) => printer.name) };
    case 'disconnect':
      return { action: 'disconnect', computers: disconnectedComputers(change).map((ended) => ended.computer) };
    case 'close-file':
      return { action: 'close-file', fileId: change.fileId };
    case 'autodisconnect':
      return { action: 'autodisconnect', minutes: change.minutesAfter };
    case 'start-server':
      return { action: 'start-server' };
  }
}

/** What the change does, in the plan's words. */
export function changeSummary(change: ChangeFacts): Message {
  switch (change.action) {
    case 'method-1':
      return { key: 'plan.summary.method-1' };
    case 'method-2':
      return { key: 'plan.summary.method-2', params: { printers: change.printers.map((printer) => printer.name).join(', ') } };
    case 'disconnect': {
      const computers = disconnectedComputers(change).map((ended) => ended.computer);
      return { key: 'plan.summary.disconnect', params: { computers: computers.join(', '), count: computers.length } };
    }
    case 'close-file':
      return { key: 'plan.summary.close-file', params: { path: change.path } };
    case 'autodisconnect':
      return { key: 'plan.summary.autodisconnect', params: { minutes: change.minutesAfter, old: change.minutesBefore } };
    case 'start-server':
      return { key: 'plan.summary.start-server', params: { startType: change.startTypeBefore } };
  }
}

/** What each step of the change does, in the plan's words (one per value, printer or computer, or one). */
export function stepMessages(change: ChangeFacts): Message[] {
  switch (change.action) {
    case 'method-1':
      return change.values.map((value) => {
        const id = allowedValueAt(value.key, value.name);
        return { key: 'plan.purpose.set-value', params: { name: id ? ALLOWED_VALUES[id].name : value.name, data: value.after } };
      });
    case 'method-2':
      return change.printers.map((printer) => ({ key: 'plan.purpose.unshare-printer', params: { printer: printer.name, share: printer.shareName } }));
    case 'disconnect':
      return disconnectedComputers(change).map((ended) => ({ key: 'plan.purpose.end-session', params: { computer: ended.computer } }));
    case 'close-file':
      return [{ key: 'plan.purpose.close-file', params: { path: change.path } }];
    case 'autodisconnect':
      return [{ key: 'plan.purpose.set-autodisconnect', params: { minutes: change.minutesAfter } }];
    case 'start-server':
      return [{ key: 'plan.purpose.set-server-start-type', params: { startType: 'auto' } }, { key: 'plan.purpose.start-server' }];
  }
}
