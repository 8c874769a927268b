import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/translate';
import type { MonitorSampleEvent } from '../../shared/monitor/monitor-events';
import { dataFolderAt } from './data-folder';
import { createHost, type Host } from './host';
import { DEMO_TIME_SCALE_ENV } from './simulated-host/demo-time-scale';
import { fakeCommandModule } from './simulated-host/testing/host-fixture';

/** The demo host on the XP print host, its day running ten times faster, every sample collected. */
async function watchedXpHost() {
  const samples: MonitorSampleEvent[] = [];
  const waiters: (() => void)[] = [];
  const host = createHost({
    version: '0.0.0-test',
    platform: process.platform,
    env: { ...process.env, [DEMO_TIME_SCALE_ENV]: '10' },
    log: { info: () => {}, warn: () => {} },
    dataFolder: dataFolderAt(mkdtempSync(path.join(tmpdir(), 'wgd-monitor-data-'))),
    machine: { kind: 'simulated', demoReason: 'requested', initialScenarioId: 'xp-print-host-at-limit' },
    fakeCommandModule: await fakeCommandModule(),
    nodeExecutable: process.execPath,
    emit: (event, payload) => {
      if (event !== 'monitorSample') return;
      samples.push(payload as MonitorSampleEvent);
      waiters.splice(0).forEach((wake) => wake());
    },
  });
  /** Waits for a sample that fits (however long the machine takes); the test's timeout is the only limit. */
  const sampleWhere = async (fits: (sample: MonitorSampleEvent) => boolean): Promise<MonitorSampleEvent> => {
    for (;;) {
      const found = samples.find(fits);
      if (found) return found;
      await new Promise<void>((wake) => waiters.push(wake));
    }
  };
  return { host, samples, sampleWhere };
}

/** Outputs collected on another PC: its net session, saved. */
function collectedFolder(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'wgd-collected-'));
  copyFileSync(
    path.resolve(import.meta.dirname, '../../shared/fixtures/windows-outputs/net-session__win10__en__01.txt'),
    path.join(directory, 'net-session.txt'),
  );
  return directory;
}

const stopped = (host: Host) => host.monitorStatus().watching === false;

describe('watching a simulated PC that lives', () => {
  it('sees the XP print host fill its 10 slots: the arrivals, the anonymous printer connection, then no slot left', async () => {
    const { host, samples, sampleWhere } = await watchedXpHost();
    try {
      host.startMonitor({ intervalSeconds: 2, resume: false });
      const full = await sampleWhere((sample) => sample.freeSlots === 0);
      // The day begins at the first read, whatever the machine's speed: the first sample is its start.
      expect(samples.find((sample) => sample.skipped === null)).toMatchObject({ sample: { total: 5, anonymous: 2 }, limit: 10, freeSlots: 5, changes: [] });
      expect(full.sample).toMatchObject({ total: 10, anonymous: 4 });
      const arrivals = samples.flatMap((sample) => sample.changes).filter((change) => change.change === 'joined');
      expect(arrivals).toContainEqual(expect.objectContaining({ computer: 'LAPTOP1', user: '', opened: ['\\PIPE\\spoolss'] }));
      expect(arrivals).toContainEqual(expect.objectContaining({ computer: 'OFFICE5', user: 'lisa' }));
      for (let i = 1; i < samples.length; i++) expect(samples[i]!.sample.time).toBeGreaterThanOrEqual(samples[i - 1]!.sample.time);
    } finally {
      host.dispose();
    }
    expect(stopped(host)).toBe(true);
  });

  it('a scan while it watches is never refused because of a poll, and the report tells the watched period', async () => {
    const { host, sampleWhere } = await watchedXpHost();
    try {
      host.startMonitor({ intervalSeconds: 2, resume: false });
      await sampleWhere((sample) => sample.skipped === null);
      const outcome = await host.scan({ role: 'host' });
      expect(outcome.kind).toBe('completed');
      await sampleWhere((sample) => sample.freeSlots === 0);
      const report = await host.reportInput(createTranslator());
      expect(report?.monitoredPeriod).toMatchObject({ limit: 10, peak: { total: 10 }, limitReached: { times: 1 } });
      expect(report!.monitoredPeriod!.arrivalsBeforeLimit.length).toBeGreaterThan(0);
    } finally {
      host.dispose();
    }
  });

  it('stops when the demo PC is switched, and refuses to watch outputs collected elsewhere', async () => {
    const { host } = await watchedXpHost();
    host.startMonitor({ intervalSeconds: 2, resume: false });
    host.selectScenario('win11-healthy');
    expect(stopped(host)).toBe(true);
    host.dispose();

    const collected = createHost({
      version: '0.0.0-test',
      platform: process.platform,
      env: process.env,
      log: { info: () => {}, warn: () => {} },
      dataFolder: dataFolderAt(mkdtempSync(path.join(tmpdir(), 'wgd-monitor-data-'))),
      machine: { kind: 'collected', directory: collectedFolder() },
      fakeCommandModule: '',
      nodeExecutable: process.execPath,
    });
    expect(() => collected.startMonitor({ intervalSeconds: 5, resume: false })).toThrow(expect.objectContaining({ code: 'not-allowed-now' }));
  });
});
