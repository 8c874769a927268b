import type { ApiHandlers } from '../../../shared/ipc/contract';
import type { Host } from '../host';

/** The IPC contract's operations, answered by the host: the window and browser mode both use this. */
export function apiHandlers(host: Host): ApiHandlers {
  return {
    getAppInfo: () => host.info(),
    selectScenario: (scenarioId) => host.selectScenario(scenarioId),
    runScan: (request) => host.scan(request),
    cancelScan: () => host.cancelScan(),
    startMonitor: (request) => host.startMonitor(request),
    stopMonitor: () => host.stopMonitor(),
    setMonitorInterval: (seconds) => host.setMonitorInterval(seconds),
    planFix: (request) => host.plan(request),
    applyFix: (request, role) => host.apply(request, role),
    listChanges: () => host.changes(),
    undoChange: (entryId, role) => host.undo(entryId, role),
    restartElevated: (role) => host.restartElevated(role),
    makeReport: (request) => host.report(request),
    checkRemoteComputer: (name) => host.checkRemoteComputer(name),
  };
}
