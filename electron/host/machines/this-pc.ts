import { createCommandRunner } from '../commands/command-runner';
import type { CommandLog } from '../commands/command-log';
import { defaultSystem32Directory } from '../commands/windows-programs';
import type { PcDataFolder } from '../data-folder';
import { scanHost } from '../scan/scan-host';
import type { Machine } from './machine';

/** This Windows PC, through the programs in %SystemRoot%\System32. */
export function thisPc(options: {
  readonly env: NodeJS.ProcessEnv;
  readonly log: CommandLog;
  readonly folder: PcDataFolder;
  readonly timeoutMs?: number;
}): Machine {
  const runner = createCommandRunner({
    binDirectory: defaultSystem32Directory(options.env),
    log: options.log,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  return { kind: 'this-pc', description: { kind: 'this-pc' }, scenarioId: null, folder: options.folder, runner, read: (scan) => scanHost(runner, scan) };
}
