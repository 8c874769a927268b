import { autodisconnectRegistryData } from '../windows/net-command-lines';
import type { PrinterSharingTool } from '../windows/printer-command-lines';
import { plannedAction, type PlannedAction, type PlannedStep, type StepCheck } from './fix-plan';
import { disconnectedComputers, type ChangeFacts } from './journal-format';
import { stepMessages } from './journal-entry';
import { ALLOWED_VALUES, allowedValueAt, type RegWritableValueId } from './registry-allowlist';

/** What the steps depend on besides the facts: which tool this Windows has for printers. */
export interface StepContext {
  readonly printerTool: PrinterSharingTool;
}

/** How one item of a change is put back, and how that is confirmed. */
export interface UndoAction {
  readonly action: PlannedAction;
  readonly check: StepCheck;
}

/**
 * The steps of a change, from its facts alone: what a fix runs, and how each step is undone. A new fix
 * and the undo of a recorded one both come through here, so a change is undone by the same commands,
 * built the same way, whether the facts came from a scan a moment ago or from the journal years later.
 */
export function changeSteps(change: ChangeFacts, context: StepContext): PlannedStep[] {
  const purposes = stepMessages(change);
  return purposes.map((purpose, index) => {
    const forward = forwardAction(change, index, context);
    const undo = undoAction(change, index, context);
    return { command: plannedAction(forward.operation, purpose), check: forward.check, undo: undo ? [undo.action] : [], undoCheck: undo?.check ?? null };
  });
}

function forwardAction(change: ChangeFacts, index: number, context: StepContext): Pick<PlannedAction, 'operation'> & { check: StepCheck } {
  switch (change.action) {
    case 'method-1': {
      const value = methodOneValue(change, index);
      return { operation: { kind: 'set-value', value: value.id, data: value.after }, check: { kind: 'registry-value', value: value.id, data: value.after } };
    }
    case 'method-2': {
      const printer = change.printers[index]!;
      return {
        operation: { kind: 'set-printer-shared', tool: context.printerTool, printer: printer.name, shared: false, shareName: printer.shareName },
        check: { kind: 'printer-shared', printer: printer.name, shared: false },
      };
    }
    case 'disconnect': {
      const { computer } = disconnectedComputers(change)[index]!;
      return { operation: { kind: 'end-session', computer }, check: { kind: 'no-session', computer } };
    }
    case 'close-file':
      return { operation: { kind: 'close-file', fileId: change.fileId }, check: { kind: 'file-closed', fileId: change.fileId } };
    case 'autodisconnect':
      return {
        operation: { kind: 'set-autodisconnect', minutes: change.minutesAfter },
        check: { kind: 'registry-value', value: 'autodisconnect', data: autodisconnectRegistryData(change.minutesAfter) },
      };
    case 'start-server':
      // First the start type (a disabled service cannot be started), then the start.
      return index === 0
        ? { operation: { kind: 'set-server-start-type', startType: 'auto' }, check: { kind: 'server-start-type', startType: 'auto' } }
        : { operation: { kind: 'start-server' }, check: { kind: 'server-running', running: true } };
  }
}

/** What puts item `index` of a change back as it was before; null for what cannot be undone. */
export function undoAction(change: ChangeFacts, index: number, context: StepContext): UndoAction | null {
  switch (change.action) {
    case 'method-1': {
      const value = methodOneValue(change, index);
      const name = ALLOWED_VALUES[value.id].name;
      return value.before === null
        ? {
            action: plannedAction({ kind: 'delete-value', value: value.id }, { key: 'plan.purpose.remove-value', params: { name } }),
            check: { kind: 'registry-value', value: value.id, data: null },
          }
        : {
            action: plannedAction(
              { kind: 'set-value', value: value.id, data: value.before },
              { key: 'plan.purpose.restore-value', params: { name, data: value.before } },
            ),
            check: { kind: 'registry-value', value: value.id, data: value.before },
          };
    }
    case 'method-2': {
      const printer = change.printers[index]!;
      // Method 2 only stops sharing shared printers; one that was not shared needs nothing put back.
      if (!printer.sharedBefore) return null;
      return {
        action: plannedAction(
          { kind: 'set-printer-shared', tool: context.printerTool, printer: printer.name, shared: true, shareName: printer.shareName },
          { key: 'plan.purpose.reshare-printer', params: { printer: printer.name, share: printer.shareName } },
        ),
        check: { kind: 'printer-shared', printer: printer.name, shared: true },
      };
    }
    case 'autodisconnect':
      return {
        action: plannedAction(
          { kind: 'set-autodisconnect', minutes: change.minutesBefore },
          { key: 'plan.purpose.restore-autodisconnect', params: { minutes: change.minutesBefore } },
        ),
        check: { kind: 'registry-value', value: 'autodisconnect', data: autodisconnectRegistryData(change.minutesBefore) },
      };
    case 'start-server':
      if (index === 0) {
        return {
          action: plannedAction(
            { kind: 'set-server-start-type', startType: change.startTypeBefore },
            { key: 'plan.purpose.restore-server-start-type', params: { startType: change.startTypeBefore } },
          ),
          check: { kind: 'server-start-type', startType: change.startTypeBefore },
        };
      }
      // It ran before: nothing to put back. It did not: stop it again.
      if (change.runningBefore) return null;
      return { action: plannedAction({ kind: 'stop-server' }, { key: 'plan.purpose.stop-server' }), check: { kind: 'server-running', running: false } };
    case 'disconnect':
    case 'close-file':
      return null;
  }
}

/** A Method 1 value as the allowlist names it; the journal's checks guarantee there is one. */
function methodOneValue(change: Extract<ChangeFacts, { action: 'method-1' }>, index: number) {
  const value = change.values[index]!;
  const id = allowedValueAt(value.key, value.name);
  if (id === null || ALLOWED_VALUES[id].writtenBy !== 'reg') throw new Error(`${value.key}\\${value.name} is not a value Method 1 may set`);
  return { id: id as RegWritableValueId, before: value.before, after: value.after };
}
