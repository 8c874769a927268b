import { homedir } from 'node:os';
import path from 'node:path';

/** Overrides the data folder (tests, or a technician who keeps journals elsewhere). */
export const DATA_DIR_ENV = 'WORKGROUP_DOCTOR_DATA_DIR';

/** Where one PC's record of changes lives: this PC's in the data folder, a simulated PC's beside its state. */
export interface PcDataFolder {
  readonly root: string;
  /** The journal of changes (journal.json). */
  readonly journalFile: string;
  /** Copies of settings saved before a change (reg export files). */
  readonly backupsDirectory: string;
}

export interface DataFolder extends PcDataFolder {
  readonly logFile: string;
  /** A simulated PC's folder: its state, and its own journal and backups. */
  simulatedPc(scenarioId: string): PcDataFolder & { readonly stateDirectory: string };
}

/**
 * The one data folder of the window and the command line alike, so that a change made in one can be
 * listed and undone in the other: %APPDATA%\Workgroup Doctor on Windows (where Electron keeps the app's
 * own files too), $XDG_DATA_HOME/workgroup-doctor or ~/.local/share/workgroup-doctor elsewhere;
 * WORKGROUP_DOCTOR_DATA_DIR overrides both.
 */
export function resolveDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): DataFolder {
  return dataFolderAt(dataFolderRoot(env, platform, home));
}

function dataFolderRoot(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  const override = env[DATA_DIR_ENV];
  if (override) return path.resolve(override);
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, 'Workgroup Doctor');
  }
  // The XDG rule: a relative XDG_DATA_HOME is invalid and ignored.
  const xdg = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.join(home, '.local', 'share');
  return path.join(xdg, 'workgroup-doctor');
}

/** The layout inside a data folder: the only place these file names are written. */
export function dataFolderAt(root: string): DataFolder {
  const pathApi = root.includes('\\') && !root.includes('/') ? path.win32 : path;
  const pcFolder = (directory: string): PcDataFolder => ({
    root: directory,
    journalFile: pathApi.join(directory, 'journal.json'),
    backupsDirectory: pathApi.join(directory, 'backups'),
  });
  return {
    ...pcFolder(root),
    logFile: pathApi.join(root, 'logs', 'workgroup-doctor.log'),
    simulatedPc(scenarioId) {
      // A custom scenario's id comes from its file: keep it to one harmless folder name.
      const safe = scenarioId.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^\.+/, '') || 'scenario';
      const directory = pathApi.join(root, 'simulated', safe);
      return { ...pcFolder(directory), stateDirectory: pathApi.join(directory, 'pc') };
    },
  };
}
