import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL_NAME, EVENT_CHANNELS, OPERATION_CHANNELS, type EventName, type WorkgroupDoctorBridge } from '../../shared/ipc/contract';

/**
 * The page's only way out: one function per operation of the contract, and a subscriber for the
 * contract's events. ipcRenderer itself never reaches the page.
 */
const operations = Object.fromEntries(
  Object.entries(OPERATION_CHANNELS).map(([name, channel]) => [name, (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)]),
);

function subscribe(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!Object.hasOwn(EVENT_CHANNELS, event)) throw new Error(`Unknown event ${String(event)}`);
  const channel = EVENT_CHANNELS[event];
  const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const bridge = { ...operations, subscribe } as unknown as WorkgroupDoctorBridge;
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL_NAME, bridge);
