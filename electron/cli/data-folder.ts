import { mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** Overrides the CLI's data folder (tests, or a technician who keeps journals elsewhere). */
export const DATA_DIR_ENV = 'WORKGROUP_DOCTOR_DATA_DIR';

/**
 * The CLI's data folder, where the journal of changes (journal.json) and the backups (backups/) go:
 * %APPDATA%\Workgroup Doctor on Windows, $XDG_DATA_HOME/workgroup-doctor or
 * ~/.local/share/workgroup-doctor elsewhere; WORKGROUP_DOCTOR_DATA_DIR overrides both.
 */
export function cliDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
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

/** The data folder of a simulated PC: simulated/<scenario-id> inside the CLI's data folder. */
export function simulatedDataFolder(scenarioId: string, base: string = cliDataFolder()): string {
  // A custom scenario's id comes from its file: keep it to one harmless folder name.
  const safe = scenarioId.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^\.+/, '') || 'scenario';
  return path.join(base, 'simulated', safe);
}

/**
 * A simulated PC starts as its scenario describes on every run, so its journal and backups must start
 * empty too: an old journal would describe changes to a PC that no longer exists.
 */
export function freshSimulatedDataFolder(scenarioId: string, base: string = cliDataFolder()): string {
  const folder = simulatedDataFolder(scenarioId, base);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return folder;
}
