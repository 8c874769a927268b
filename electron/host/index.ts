/**
 * The host layer: everything below the window that the window, the browser mode and the command line
 * share. Nothing outside electron/host imports from inside it except through this file.
 */
export { createHost, type Host, type HostOptions, type MachineChoice } from './host';
export { windowMachine } from './app-mode';
export { environmentLanguages } from './environment-languages';
export { scanAsFromArgv } from './elevation/scan-as-argument';
export { apiHandlers } from './api/api-handlers';
export { dispatchCall, isOperationName } from './api/dispatch-call';
export { dataFolderAt, resolveDataFolder, DATA_DIR_ENV, type DataFolder, type PcDataFolder } from './data-folder';
export { createFileLog } from './file-log';
export { silentLog, type CommandLog } from './commands/command-log';
export { CommandError } from './commands/command-error';
export { systemArgv } from './commands/windows-programs';
export { decodeConsoleBytes, decodeSavedText, iconvEncodingForCodePage } from './commands/console-encoding';
export { CollectedFolderError, writeCollectedFolder } from './collected/collected-folder';
export { readScenarioFile } from './simulated-host/scenario-file';
export { InputFileError, readBoundedFile, MAX_INPUT_BYTES } from './files/bounded-read';
export type { Machine } from './machines/machine';
export type { SimulatedPc } from './machines/simulated-pcs';
export { startBrowserMode } from './browser/browser-mode';
export { openInBrowser } from './browser/open-browser';
