import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, isLockHeld, STALE_MS } from './process-lock';

const lockIn = () => path.join(mkdtempSync(path.join(tmpdir(), 'wgd-lock-')), 'some.lock');

/** A lock directory as a holder leaves it when it is killed: the directory and its owner record. */
function leftBehind(directory: string, owner: { pid: number; host: string } | null, ageMs = 0): void {
  mkdirSync(directory);
  if (owner) writeFileSync(path.join(directory, 'owner.json'), JSON.stringify(owner));
  const then = new Date(Date.now() - ageMs);
  if (owner) utimesSync(path.join(directory, 'owner.json'), then, then);
  utimesSync(directory, then, then);
}

/** A process id that certainly belonged to a process that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid!;
}

const sleepers: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of sleepers.splice(0)) child.kill('SIGKILL');
});

describe('the lock shared by the window and the command line', () => {
  it('is held by one holder at a time, and free again once released', async () => {
    const directory = lockIn();
    const first = await acquireLock(directory, { waitMs: 0 });
    expect(first).not.toBeNull();
    expect(await acquireLock(directory, { waitMs: 0 })).toBeNull();
    expect(await isLockHeld(directory)).toBe(true);
    await first!.release();
    expect(existsSync(directory)).toBe(false);
    expect(await isLockHeld(directory)).toBe(false);
    const second = await acquireLock(directory, { waitMs: 0 });
    expect(second).not.toBeNull();
    await second!.release();
  });

  it('waits for a holder that lets go', async () => {
    const directory = lockIn();
    const first = (await acquireLock(directory, { waitMs: 0 }))!;
    const waiting = acquireLock(directory, { waitMs: 60_000 });
    await first.release();
    const second = await waiting;
    expect(second).not.toBeNull();
    await second!.release();
  });

  it('is taken over at once from a process of this computer that no longer runs', async () => {
    const directory = lockIn();
    leftBehind(directory, { pid: await deadPid(), host: hostname() });
    expect(await isLockHeld(directory)).toBe(false);
    const held = await acquireLock(directory, { waitMs: 0 });
    expect(held).not.toBeNull();
    await held!.release();
  });

  it('is not taken from a process that still runs, nor from one on another computer, until it goes stale', async () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)']);
    sleepers.push(sleeper);
    const alive = lockIn();
    leftBehind(alive, { pid: sleeper.pid!, host: hostname() });
    expect(await acquireLock(alive, { waitMs: 0 })).toBeNull();
    expect(await isLockHeld(alive)).toBe(true);

    const elsewhere = lockIn();
    leftBehind(elsewhere, { pid: await deadPid(), host: `not-${hostname()}` });
    expect(await acquireLock(elsewhere, { waitMs: 0 })).toBeNull();

    // proper-lockfile's own stale-lock recovery: a lock nobody refreshed for STALE_MS is taken over.
    const stale = lockIn();
    leftBehind(stale, { pid: sleeper.pid!, host: hostname() }, STALE_MS + 5_000);
    const held = await acquireLock(stale, { waitMs: 0 });
    expect(held).not.toBeNull();
    await held!.release();
  });

  it('a directory without an owner record is being created unless it is older than STALE_MS', async () => {
    const young = lockIn();
    leftBehind(young, null);
    expect(await acquireLock(young, { waitMs: 0 })).toBeNull();
    const old = lockIn();
    leftBehind(old, null, STALE_MS + 5_000);
    const held = await acquireLock(old, { waitMs: 0 });
    expect(held).not.toBeNull();
    await held!.release();
  });
});
