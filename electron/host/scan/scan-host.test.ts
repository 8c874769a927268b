import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../shared/diagnosis/diagnose';
import { SOURCE_IDS, type HostReadings } from '../../../shared/diagnosis/readings';
import { readingsFromScenario } from '../../../shared/diagnosis/testing/readings-from-scenario';
import { SCAN_SOURCES } from '../../../shared/diagnosis/scan-plan';
import { BUILT_IN_SCENARIOS, builtInScenario } from '../../../shared/simulated-host/scenarios';
import { simulatedPc } from '../simulated-host/testing/host-fixture';
import { scanHost, type ScanProgress } from './scan-host';

const withoutDurations = (readings: HostReadings) =>
  Object.fromEntries(
    SOURCE_IDS.map((id) => {
      const { durationMs: _ignored, ...rest } = readings.sources[id] as { durationMs?: number };
      return [id, rest];
    }),
  );

describe('scan through the real command runner and fake Windows executables', () => {
  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))('%s: the scan reads what the simulated PC holds', async (_id, scenario) => {
    const { runner } = await simulatedPc(scenario);
    const progress: ScanProgress[] = [];
    const readings = await scanHost(runner, { onProgress: (p) => progress.push(p) });

    // Through processes, code pages and all, the readings equal the in-memory ones, bar PowerShell on XP.
    const expected = readingsFromScenario(scenario);
    const actual = withoutDurations(readings);
    const inMemory = withoutDurations(expected);
    if (scenario.windows.CurrentVersion.startsWith('5.')) {
      expect(actual.printers).toEqual({ status: 'not-run', reason: 'not-applicable' });
      delete actual.printers;
      delete inMemory.printers;
    }
    expect(actual).toEqual(inMemory);
    expect(readings.elevated).toBe(scenario.elevated);
    expect(readings.codePage).toBe(scenario.codePage);
    expect(diagnose(readings, { role: scenario.role }).findings).toEqual(diagnose(expected, { role: scenario.role }).findings);

    // Every source reported running, then one final state.
    for (const source of ['elevation', ...SOURCE_IDS]) {
      const events = progress.filter((p) => p.source === source).map((p) => p.status);
      expect(events[0], source).toBe('running');
      expect(events.length, source).toBeGreaterThanOrEqual(2);
    }
  });

  it('starts the fake programs through a Node whose path holds a space, and a missing program stays missing', async () => {
    // A #! line cannot hold such a path; the fakes are started as "node fake-command.js <program>" instead.
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'wgd-node-')), 'Program Files #2', 'nodejs');
    mkdirSync(folder, { recursive: true });
    const node = path.join(folder, path.basename(process.execPath));
    symlinkSync(process.execPath, node);
    const scenario = { ...builtInScenario('win10-german-cp850')!, faults: { nbtstat: { kind: 'missing' as const } } };
    const { runner } = await simulatedPc(scenario, {}, { nodeExecutable: node });
    const readings = await scanHost(runner);
    expect(diagnose(readings, { role: 'host' }).sessions).toEqual({ total: 18, null: 2 });
    expect(readings.codePage).toBe(850);
    expect(readings.sources.nbtstat).toMatchObject({ status: 'failed', failure: { kind: 'program-missing' } });
  });

  it('a hung command is stopped at its timeout and the other sources are still read', async () => {
    const scenario = { ...builtInScenario('win11-healthy')!, faults: { nbtstat: { kind: 'hang' as const } } };
    const { runner } = await simulatedPc(scenario);
    // Only the hung command gets a short timeout: the others keep the default, however busy the machine.
    const sources = SCAN_SOURCES.map((source) => (source.id === 'nbtstat' ? { ...source, timeoutMs: 1500 } : source));
    const readings = await scanHost(runner, { sources });
    expect(readings.sources.nbtstat).toMatchObject({ status: 'failed', failure: { kind: 'timed-out', timeoutMs: 1500 } });
    expect(readings.sources['net-session'].status).toBe('ok');
  });

  it('a missing program is reported as missing, with its path', async () => {
    const scenario = { ...builtInScenario('win11-healthy')!, faults: { netstat: { kind: 'missing' as const } } };
    const { runner, host } = await simulatedPc(scenario);
    const readings = await scanHost(runner);
    expect(readings.sources.netstat).toMatchObject({ status: 'failed', failure: { kind: 'program-missing', path: `${host.binDirectory}/NETSTAT.EXE` } });
  });

  it('cancelling stops every running command and reports them as cancelled', async () => {
    const scenario = { ...builtInScenario('win11-healthy')!, faults: { net: { kind: 'delay' as const, ms: 20_000 } } };
    const { runner } = await simulatedPc(scenario);
    const controller = new AbortController();
    // Cancel as soon as a registry read is done, while net is still held up by its 20 s delay.
    const readings = await scanHost(runner, {
      signal: controller.signal,
      onProgress: (p) => p.source === 'reg-lsa' && p.status === 'ok' && controller.abort(),
    });
    expect(readings.sources['net-session']).toEqual({ status: 'not-run', reason: 'cancelled' });
    expect(readings.sources['reg-lsa'].status).toBe('ok');
  });
});
