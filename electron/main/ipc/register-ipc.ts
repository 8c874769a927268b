import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { EVENT_CHANNELS, OPERATION_CHANNELS, type ApiEvents, type ApiHandlers, type EventName, type OperationName } from '../../../shared/ipc/contract';
import { failed } from '../../../shared/ipc/envelope';
import { dispatchCall } from '../../host';
import { isTrustedSender } from './trusted-sender';

/** Registers one handler per operation of the contract; each checks its sender before anything else. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: ApiHandlers,
  appWindow: () => WebContents | null,
  appEntryUrl: () => string,
  log: (message: string) => void,
): void {
  for (const [name, channel] of Object.entries(OPERATION_CHANNELS) as [OperationName, string][]) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame;
      const trusted = isTrustedSender(
        { frameUrl: frame?.url, isTopFrame: frame !== null && frame.parent === null, isAppWindow: event.sender === appWindow() },
        appEntryUrl(),
      );
      if (!trusted) {
        log(`refused ${name} from untrusted sender ${frame?.url ?? '(no frame)'}`);
        return failed('untrusted-sender', 'This request did not come from the Workgroup Doctor window.');
      }
      return dispatchCall(handlers, name, args, log);
    });
  }
}

/** The sending half of the events: typed, and only to the app's own window. */
export function createEventSender(appWindow: () => WebContents | null) {
  return <Name extends EventName>(event: Name, payload: ApiEvents[Name]): void => {
    const contents = appWindow();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNELS[event], payload);
  };
}
