import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleTypeScript } from '../../cli/typescript-launcher.mjs';
import { Journal } from './journal';
import { fixturePcAfter, pcWithJournal } from './testing/pc-with-journal';

/** The window and the command line are separate processes on one data folder: these are real ones. */
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function start(script: string, args: readonly string[]): ChildProcess {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return child;
}

async function exitOf(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stderr };
}

/** Resolves with the first line the child prints. */
async function firstLine(child: ChildProcess): Promise<string> {
  let text = '';
  for await (const chunk of child.stdout!) {
    text += (chunk as Buffer).toString('utf8');
    if (text.includes('\n')) return text.slice(0, text.indexOf('\n'));
  }
  return text;
}

describe('two processes and one journal', () => {
  it('two writers saving 200 entries each at the same time end with all 400', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'wgd-two-writers-'));
    const file = path.join(directory, 'journal.json');
    const script = await bundleTypeScript('electron/host/fixes/testing/save-entries.ts', 'save-entries');
    const writers = [0, 1].map((writer) => start(script, [file, String(writer), '200']));
    const exits = await Promise.all(writers.map(exitOf));
    expect(exits).toEqual([
      { code: 0, stderr: '' },
      { code: 0, stderr: '' },
    ]);

    const ids = new Journal(file).read().entries.map((entry) => entry.id);
    expect(ids).toHaveLength(400);
    expect(new Set(ids).size).toBe(400);
    expect(ids.filter((id) => id.startsWith('2030-'))).toHaveLength(200);
    expect(ids.filter((id) => id.startsWith('2031-'))).toHaveLength(200);
    // Each writer's entries in the order it saved them: no write was lost or replayed.
    expect(ids.filter((id) => id.startsWith('2030-'))).toEqual([...ids.filter((id) => id.startsWith('2030-'))].sort());
    // The lock and the file being written lived in the lock's directory, and went with it.
    expect(readdirSync(directory)).toEqual(['journal.json']);
  }, 180_000);

  it('a change is refused as busy while another process changes the same PC, and goes ahead once it is gone', async () => {
    const { host, pc, started } = await pcWithJournal(fixturePcAfter(), null);
    const other = start(await bundleTypeScript('electron/host/fixes/testing/hold-change-lock.ts', 'hold-change-lock'), [pc.folder.root]);
    expect(await firstLine(other)).toBe('holding');

    expect(await host.apply({ action: 'method-1' }, 'client')).toMatchObject({
      kind: 'refused',
      refusal: { reason: 'busy', message: { key: 'plan.refusal.busy' } },
    });
    expect(await host.undo('all', 'client')).toMatchObject({ kind: 'refused', refusal: { reason: 'busy' } });
    expect(await host.changes()).toEqual({ kind: 'ok', entries: [], changeRunning: true });
    expect(started()).toEqual([]);

    // The other process is killed (no chance to clean up): its lock is recognized as left by a dead
    // process and taken over at once.
    other.kill('SIGKILL');
    await once(other, 'exit');
    expect(await host.changes()).toEqual({ kind: 'ok', entries: [], changeRunning: false });
    expect(await host.apply({ action: 'autodisconnect', minutes: 20 }, 'client')).toMatchObject({ kind: 'ran', entry: { status: 'applied' } });
    expect(readdirSync(pc.folder.root).sort()).toEqual(['backups', 'journal.json', 'pc']);
  });
});
