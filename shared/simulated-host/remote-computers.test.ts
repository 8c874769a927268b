import { describe, expect, it } from 'vitest';
import { parseNetView } from '../parsers/net-view';
import { recognizeSystemError } from '../parsers/system-error';
import listedFixture from '../fixtures/documented-layout/net-view__documented-win10__en__01.txt?raw';
import { parseScenario } from './parse-scenario';
import type { Scenario } from './scenario';
import { builtInScenario } from './scenarios';
import { runSimulatedCommand } from './simulated-windows';

const laptop = builtInScenario('win10-client-shares-printer')!;

describe('other computers, as net view \\\\NAME finds them from the simulated PC', () => {
  it('the office PC is full: System error 71, in any case of its name', () => {
    for (const name of ['\\\\OFFICE-PC', '\\\\office-pc']) {
      const outcome = runSimulatedCommand(laptop, 'net', ['view', name]);
      expect(outcome.exitCode).toBe(2);
      expect(outcome.stderr).toBe(
        'System error 71 has occurred.\r\n\r\nThis remote computer has reached its connection limit, you cannot connect at this time.\r\n\r\n',
      );
    }
  });

  it('a computer that answers lists its shares in net view’s layout', () => {
    const outcome = runSimulatedCommand(laptop, 'net', ['view', '\\\\NAS']);
    expect(outcome.exitCode).toBe(0);
    expect(parseNetView(outcome.stdout).shares.map((share) => [share.name, share.type, share.comment])).toEqual([
      ['Archive', 'Disk', 'Old projects'],
      ['Scans', 'Disk', ''],
    ]);
    // The same layout as the documented fixture.
    const pc: Scenario = {
      ...laptop,
      remoteComputers: {
        'OFFICE-PC': {
          shares: [
            { name: 'Office', type: 'Disk', comment: 'Office documents' },
            { name: 'HPLaserJet', type: 'Print', comment: 'HP LaserJet 4' },
            { name: 'Scans', type: 'Disk', comment: '' },
            { name: 'SharedFolde1', type: 'Disk', comment: 'A name of twelve letters' },
          ],
        },
      },
    };
    expect(runSimulatedCommand(pc, 'net', ['view', '\\\\OFFICE-PC']).stdout).toBe(listedFixture);
  });

  it('a name the scenario does not know is not found (53); net view works with the Server service stopped', () => {
    expect(recognizeSystemError(runSimulatedCommand(laptop, 'net', ['view', '\\\\NOBODY']).stderr)?.code).toBe(53);
    const stopped = builtInScenario('win10-server-service-stopped')!;
    expect(recognizeSystemError(runSimulatedCommand(stopped, 'net', ['view', '\\\\NOBODY']).stderr)?.code).toBe(53);
  });

  it('the scenario schema is strict about them', () => {
    expect(() => parseScenario({ ...laptop, remoteComputers: { X: { systemError: 71, share: [] } } })).toThrow(/remoteComputers\.X\.share/);
    expect(() => parseScenario({ ...laptop, remoteComputers: { X: { shares: [{ name: 'A', type: 'Disk' }] } } })).toThrow(/comment/);
  });
});
