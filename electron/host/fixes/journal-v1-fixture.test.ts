import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryState } from '../../../shared/fixes/journal-entry';
import { findKey, LANMAN_SERVER_PARAMETERS_KEY, LSA_KEY } from '../../../shared/simulated-host/host-registry';
import type { Scenario } from '../../../shared/simulated-host/scenario';
import { Journal } from './journal';
import { fixturePcAfter, fixturePcBefore, pcWithJournal } from './testing/pc-with-journal';

/**
 * Journal format 1 as written by hand from its documentation (shared/fixes/journal-format.ts), not by
 * the code: a later change to the plan types or the engine must still read it and undo what it records,
 * so that changes made by an older version can always be put back.
 */
const FIXTURE = path.resolve(import.meta.dirname, '../../../shared/fixes/fixtures/journal-v1.json');
const fixtureText = readFileSync(FIXTURE, 'utf8');

const settings = (state: Scenario) => ({
  lsa: findKey(state, LSA_KEY)!.values,
  lanmanServer: findKey(state, LANMAN_SERVER_PARAMETERS_KEY)!.values,
  printers: state.printers,
  idleMinutes: state.server.autodisconnectMinutes,
});

describe('a journal of format 1 written by hand', () => {
  it('is read by the real reader: every entry, with its facts', () => {
    const { entries } = new Journal(FIXTURE).read();
    expect(entries.map((entry) => [entry.change.action, entry.status])).toEqual([
      ['method-2', 'undone'],
      ['autodisconnect', 'rolled-back'],
      ['method-1', 'applied'],
      ['disconnect', 'applied'],
      ['close-file', 'applied'],
      ['method-2', 'applying'],
      ['autodisconnect', 'applied'],
    ]);
    expect(entryState(entries[5]!, false)).toBe('interrupted');
  });

  it('is undone on a PC in the state it describes, back to the PC as it was before, from its facts alone', async () => {
    const { host, journalFile } = await pcWithJournal(fixturePcAfter(), fixtureText);
    const listed = await host.changes();
    expect(listed).toMatchObject({ kind: 'ok', changeRunning: false });

    const response = await host.undo('all', 'client');
    if (response.kind !== 'ran') throw new Error(`refused: ${JSON.stringify(response.refusal)}`);
    // Newest first: the idle time, the interrupted Method 2 (its one started step), then Method 1.
    expect(response.entries.map((entry) => [entry.id, entry.status])).toEqual([
      ['2026-03-02T08-45-30-900Z-autodisconnect', 'undone'],
      ['2026-03-02T08-40-00-000Z-method-2', 'undone'],
      ['2026-03-02T08-20-11-250Z-method-1', 'undone'],
    ]);
    expect(response.commands.filter((record) => record.phase === 'undo').map((record) => record.argv.slice(0, 5))).toEqual([
      ['net', 'config', 'server', '/autodisconnect:15'],
      ['powershell', '-NoLogo', '-NoProfile', '-NonInteractive', '-Command'],
      ['reg', 'delete', 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters', '/v', 'RestrictNullSessAccess'],
      ['reg', 'add', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa', '/v', 'RestrictAnonymous'],
    ]);
    expect(settings(host.simulated()!.host.state())).toEqual(settings(fixturePcBefore()));

    // The entries it did not touch are kept as they were written.
    const written = JSON.parse(readFileSync(journalFile, 'utf8'));
    const original = JSON.parse(fixtureText);
    for (const index of [0, 1, 3, 4]) expect(written.entries[index]).toEqual(original.entries[index]);
    expect(new Journal(journalFile).read().entries.map((entry) => entry.status)).toEqual([
      'undone',
      'rolled-back',
      'undone',
      'applied',
      'applied',
      'undone',
      'undone',
    ]);
  });
});
