import { parseArgs } from 'node:util';
import { SOURCE_IDS } from '../../../shared/diagnosis/readings';
import { describeCommandFailure } from '../../../shared/commands/command-failure';
import { writeCollectedFolder } from '../../main/collected/collected-folder';
import { scanHost } from '../../main/scan/scan-host';
import { UsageError, type CliIo } from '../cli-io';
import { cliLog } from '../cli-log';
import { openMachine } from './target-machine';

export const COLLECT_USAGE = `workgroup-doctor collect <dir> [--scenario <name>] [--verbose]

Runs the reads on this PC (or a simulated one) and saves each raw output in <dir>, with meta.json,
for "diagnose --from <dir>" on another computer. Files: net-session.txt, net-file.txt, net-share.txt,
nbtstat-s.txt, netstat-ano.txt, net-config-server.txt, reg-lsa.txt, reg-lanmanserver.txt,
reg-version.txt, printers.json (UTF-8).`;

export async function runCollectCommand(args: readonly string[], io: CliIo, appVersion: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { scenario: { type: 'string' }, verbose: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const [directory, ...extra] = positionals;
  if (!directory) throw new UsageError('collect needs the folder to save into.');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
  const machine = await openMachine(values.scenario === undefined ? { kind: 'this-pc' } : { kind: 'scenario', name: values.scenario }, cliLog(io, values.verbose));
  try {
    const readings = await scanHost(machine.runner, { onProgress: (p) => p.status !== 'running' && io.stderr(`  ${p.source}: ${p.status}${p.failure ? ` (${describeCommandFailure(p.failure)})` : ''}\n`) });
    const written = writeCollectedFolder(directory, readings, {
      consoleCodePage: readings.codePage ?? undefined,
      collectedAt: new Date().toISOString(),
      computerName: machine.host?.scenario.computerName,
      elevated: readings.elevated,
      versions: { workgroupDoctor: appVersion, node: process.version },
    });
    const failed = SOURCE_IDS.filter((id) => readings.sources[id].status === 'failed');
    io.stdout(`Saved ${written.length} files from ${machine.label} in ${directory}${failed.length ? ` (${failed.length} commands failed: ${failed.join(', ')}; their output is saved too)` : ''}.\n`);
    return 0;
  } finally {
    machine.dispose();
  }
}
