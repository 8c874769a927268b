import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { RELAUNCH_ELEVATED_SCRIPT } from '../../../shared/commands/powershell-scripts';
import { createCommandRunner } from '../commands/command-runner';
import { writeScriptedPrograms } from '../commands/testing/scripted-programs';
import { relaunchElevated } from './relaunch-elevated';

const chcp = { stdout: Buffer.from('Active code page: 437\r\n') };

describe('restart as administrator', () => {
  it('asks Windows through a fixed script with the paths in the environment, then quits', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const { binDirectory, callsLog } = writeScriptedPrograms({ chcp, powershell: {} });
    const quit = vi.fn();
    const response = await relaunchElevated({
      runner: createCommandRunner({ binDirectory }),
      executable: 'C:\\Program Files\\Workgroup Doctor\\Workgroup Doctor.exe',
      args: ['--from', 'C:\\a b'],
      quit,
    });
    expect(response).toEqual({ kind: 'restarting' });
    const call = readFileSync(callsLog, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[])
      .find(([p]) => p === 'powershell');
    expect(call?.at(-1)).toBe(RELAUNCH_ELEVATED_SCRIPT);
    vi.runAllTimers();
    expect(quit).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });

  it('stays open and says so when the prompt is declined', async () => {
    const { binDirectory } = writeScriptedPrograms({
      chcp,
      powershell: {
        exitCode: 1,
        stderr: Buffer.from('Start-Process : This command cannot be run due to the error: The operation was canceled by the user.\r\n'),
      },
    });
    const quit = vi.fn();
    const response = await relaunchElevated({ runner: createCommandRunner({ binDirectory }), executable: 'x.exe', args: [], quit });
    expect(response).toMatchObject({ kind: 'not-possible', reason: expect.stringMatching(/declined/) });
    expect(quit).not.toHaveBeenCalled();
  });
});

describe('the role to scan as after the restart', () => {
  it('is carried as --scan-as=<role>, replacing an earlier one, and read back at start', async () => {
    const { scanAsFromArgv, withScanAs } = await import('./scan-as-argument');
    const argv = withScanAs(['--demo', '--scan-as=client'], 'host');
    expect(argv).toEqual(['--demo', '--scan-as=host']);
    expect(scanAsFromArgv(['C:\\app.exe', ...argv])).toBe('host');
    expect(scanAsFromArgv(['--scan-as=boss'])).toBeNull();
    expect(scanAsFromArgv([])).toBeNull();
  });
});
