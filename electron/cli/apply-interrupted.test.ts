import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canUndo } from '../../shared/fixes/journal-entry';
import type { JournalEntry } from '../../shared/fixes/journal-format';
import { LSA_KEY, withRegistryValue } from '../../shared/simulated-host/host-registry';
import type { CommandFault, Scenario } from '../../shared/simulated-host/scenario';
import { builtInScenario } from '../../shared/simulated-host/scenarios';
import { DATA_DIR_ENV, dataFolderAt } from '../host/data-folder';
import { Journal } from '../host/fixes/journal';
import { acquireLock } from '../host/fixes/process-lock';
import { bundleCommandLine } from './typescript-launcher.mjs';

/**
 * The app or the PC stops in the middle of a change: the command line is killed (with the fake Windows
 * programs it started, as when the PC goes down) at 20 moments drawn from a fixed seed, during apply of
 * Method 1, Method 2 and the idle time. After each: the journal still reads, nothing is left in the data
 * folder but the journal, the backups and the locks the next run clears, and "undo all" puts the PC back
 * exactly as its scenario describes it, from the facts of whatever the journal recorded.
 *
 * The changing command of each fix is slowed with the scenario's delay fault, so that kills land inside
 * the change; how many do depends on the machine's speed, and is printed, not asserted, except this: a
 * kill sooner after the change's first journal write than the delay itself always interrupts it, since
 * the change cannot finish before its slowed step has.
 */
const CLI = path.resolve(import.meta.dirname, 'workgroup-doctor.mjs');
const STEP_DELAY_MS = 700;
const KILLS = 20;
const SEED = 20261130;

interface Fix {
  readonly scenario: Scenario;
  readonly args: readonly string[];
  readonly role: 'host' | 'client';
}

function slowed(scenario: Scenario, faults: Record<string, CommandFault>): Scenario {
  return { ...scenario, id: `${scenario.id}-interrupted`, faults: { ...scenario.faults, ...faults } };
}

const FIXES: readonly Fix[] = [
  // Two steps (RestrictAnonymousSAM was turned off too), so a kill can fall between them.
  {
    scenario: slowed(withRegistryValue(builtInScenario('xp-print-host-at-limit')!, LSA_KEY, 'restrictanonymoussam', { type: 'REG_DWORD', data: 0 }), {
      'reg add': { kind: 'delay', ms: STEP_DELAY_MS },
    }),
    args: ['method-1'],
    role: 'host',
  },
  {
    scenario: slowed(builtInScenario('win10-client-shares-printer')!, { powershell: { kind: 'delay', ms: STEP_DELAY_MS, when: 'Set-Printer' } }),
    args: ['method-2', '--printer', 'Canon PIXMA TS5150'],
    role: 'client',
  },
  {
    scenario: slowed(builtInScenario('win10-office-near-limit')!, { 'net config': { kind: 'delay', ms: STEP_DELAY_MS, when: '/autodisconnect' } }),
    args: ['autodisconnect', '--minutes', '30'],
    role: 'host',
  },
];

/** mulberry32: a small seeded generator, so the moments are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(SEED);
const MOMENTS = Array.from({ length: KILLS }, (_, index) => ({
  index,
  fix: FIXES[Math.floor(random() * FIXES.length)]!,
  afterFirstWriteMs: Math.floor(random() * 2_000),
}));

let scenarioFolder = '';
beforeAll(async () => {
  // Built once, so that no kill lands in a build.
  await bundleCommandLine();
  scenarioFolder = mkdtempSync(path.join(tmpdir(), 'wgd-interrupted-scenarios-'));
  for (const fix of FIXES) writeFileSync(scenarioFile(fix), JSON.stringify(fix.scenario));
}, 300_000);

const scenarioFile = (fix: Fix) => path.join(scenarioFolder, `${fix.scenario.id}.json`);

function startCli(args: readonly string[], dataDirectory: string, ownGroup: boolean): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, [DATA_DIR_ENV]: dataDirectory },
    detached: ownGroup,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function finished(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const [code] = child.exitCode !== null || child.signalCode !== null ? [child.exitCode] : ((await once(child, 'exit')) as [number | null]);
  return { code, stdout, stderr };
}

/** Kills the command line and every fake program it started, with no chance to clean up. */
function killEverything(child: ChildProcess): void {
  if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F']);
  else process.kill(-child.pid!, 'SIGKILL');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The journal as the app would read it; [] before it exists. */
function entriesIn(file: string): JournalEntry[] {
  return existsSync(file) ? new Journal(file).read().entries : [];
}

/** The settings a fix changes and its undo puts back, as the simulated PC holds them. */
function settings(stateFile: string) {
  const state = JSON.parse(readFileSync(stateFile, 'utf8')) as Scenario;
  return { registry: state.registry, printers: state.printers, server: state.server };
}

/** Everything in the PC's folder but the PC itself: the journal, the backups, and locks or files in them. */
function leftovers(pcFolder: string): string[] {
  return readdirSync(pcFolder, { recursive: true, withFileTypes: true })
    .map((entry) => path.relative(pcFolder, path.join(entry.parentPath, entry.name)))
    .filter((name) => name !== 'pc' && !name.startsWith(`pc${path.sep}`))
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

interface Landing {
  readonly fix: string;
  readonly status: string;
  readonly stepsStarted: number;
}

async function killAndUndo(moment: (typeof MOMENTS)[number]): Promise<Landing> {
  const { fix } = moment;
  const dataDirectory = mkdtempSync(path.join(tmpdir(), 'wgd-interrupted-'));
  const folder = dataFolderAt(dataDirectory).simulatedPc(fix.scenario.id);
  const where = `kill ${moment.index + 1} (${fix.args[0]}, ${moment.afterFirstWriteMs} ms after the first journal write)`;

  const apply = startCli(['apply', ...fix.args, '--scenario', scenarioFile(fix), '--role', fix.role, '--yes', '--json'], dataDirectory, true);
  const applied = finished(apply);
  // The change has begun once its entry is in the journal; the moment is counted from there.
  while (apply.exitCode === null && apply.signalCode === null && !(existsSync(folder.journalFile) && entriesIn(folder.journalFile).length > 0)) await sleep(10);
  await Promise.race([sleep(moment.afterFirstWriteMs), once(apply, 'exit')]);
  if (apply.exitCode === null && apply.signalCode === null) killEverything(apply);
  const applyOutcome = await applied;

  const afterKill = entriesIn(folder.journalFile);
  expect(afterKill, `${where}: the journal has the change (apply said ${applyOutcome.stderr.slice(-300)})`).toHaveLength(1);
  const entry = afterKill[0]!;
  for (const name of leftovers(folder.root)) {
    expect(name, `${where}: nothing but the journal, backups and locks`).toMatch(
      /^(journal\.json|backups|backups\/[\w-]+\.reg|change\.lock(\/owner\.json)?|journal\.json\.lock(\/owner\.json|\/journal\.json\.tmp)?)$/,
    );
  }

  const undo = await finished(startCli(['undo', 'all', '--scenario', scenarioFile(fix), '--role', fix.role, '--yes', '--json'], dataDirectory, false));
  if (canUndo(entry)) {
    expect(undo.code, `${where}: undo of a change left "${entry.status}" (${undo.stderr.slice(-500)})`).toBe(0);
    expect(JSON.parse(undo.stdout).entries).toEqual([{ entryId: entry.id, status: 'undone', problem: null }]);
  } else {
    // Stopped before its first step: nothing to put back, so undo changes nothing and takes no lock.
    expect(undo.code, where).toBe(1);
    expect(undo.stderr, where).toMatch(/There is no change here that can be undone/);
    const listed = await finished(startCli(['changes', '--scenario', scenarioFile(fix), '--json'], dataDirectory, false));
    expect(
      JSON.parse(listed.stdout).entries.map((listedEntry: { state: string }) => listedEntry.state),
      `${where}: shown as interrupted, not as running`,
    ).toEqual(['interrupted']);
    // The locks the killed process left (with the journal it was writing, if it was) are taken over at
    // once by the next change, and go with everything in them.
    for (const name of ['change.lock', 'journal.json.lock']) {
      const lock = await acquireLock(path.join(folder.root, name), { waitMs: 0 });
      expect(lock, `${where}: the killed process's ${name} is free`).not.toBeNull();
      await lock!.release();
    }
  }
  expect(settings(path.join(folder.stateDirectory, 'state.json')), `${where}: the PC is as before the change`).toEqual(settings(scenarioFile(fix)));
  expect(
    leftovers(folder.root).filter((name) => !name.startsWith('backups')),
    `${where}: the locks were cleared`,
  ).toEqual(['journal.json']);
  expect(
    entriesIn(folder.journalFile).every((recorded) => !canUndo(recorded)),
    where,
  ).toBe(true);
  return { fix: fix.args[0]!, status: entry.status, stepsStarted: entry.steps.length };
}

describe('a change interrupted by a kill', () => {
  it(`journal intact, nothing left behind, and undone back to the scenario, at ${KILLS} moments`, async () => {
    // Two at a time: each waits on its slowed command most of the time.
    const lanes = [MOMENTS.filter((_, index) => index % 2 === 0), MOMENTS.filter((_, index) => index % 2 === 1)];
    const landings = (
      await Promise.all(
        lanes.map(async (lane) => {
          const results: Landing[] = [];
          for (const moment of lane) results.push(await killAndUndo(moment));
          return results;
        }),
      )
    ).flat();

    const interrupted = landings.filter((landing) => landing.status === 'applying');
    console.log(
      `kills that interrupted the change: ${interrupted.length} of ${KILLS}; steps started then: ${interrupted.map((landing) => `${landing.fix}:${landing.stepsStarted}`).join(', ')}`,
    );
    // Speed-independent: the moments earlier than the delay exist in the seeded draw, and each of them
    // interrupts the change (its slowed step cannot have finished).
    expect(MOMENTS.some((moment) => moment.afterFirstWriteMs < STEP_DELAY_MS / 2)).toBe(true);
    expect(interrupted.length).toBeGreaterThan(0);
  }, 1_200_000);
});
