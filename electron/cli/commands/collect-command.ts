import { describeCommandFailure } from '../../../shared/commands/command-failure';
import { SOURCE_IDS } from '../../../shared/diagnosis/readings';
import type { EventSink, ScanProgressEvent } from '../../../shared/ipc/contract';
import { FALLBACK_LANGUAGE } from '../../../shared/i18n/languages';
import { translatorFor } from '../../../shared/i18n/translator-for';
import { escapeForTerminal } from '../../../shared/text/escape-for-terminal';
import { previewValue } from '../../../shared/text/preview-value';
import { writeCollectedFolder } from '../../host';
import { UsageError, type CliIo } from '../cli-io';
import { cliLog } from '../cli-log';
import { machineName, openHost, targetFrom, type CliContext } from '../cli-host';
import { parseCommandLine } from '../parse-command-line';
import { scanOf } from './role-and-scan';

export const COLLECT_USAGE = `workgroup-doctor collect <dir> [--scenario <name>] [--verbose]

Runs the reads on this PC (or a simulated one) and saves each raw output in <dir>, with meta.json,
for "diagnose --from <dir>" on another computer. Files: net-session.txt, net-file.txt, net-share.txt,
nbtstat-s.txt, netstat-ano.txt, net-config-server.txt, sc-qc-lanmanserver.txt, reg-lsa.txt,
reg-lanmanserver.txt, reg-version.txt, reg-printers.txt, printers.json (UTF-8).`;

export async function runCollectCommand(args: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { scenario: { type: 'string' }, verbose: { type: 'boolean' } });
  const [directory, ...extra] = positionals;
  if (!directory) throw new UsageError('collect needs the folder to save into.');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${previewValue(extra[0])}`);
  const emit: EventSink = (event, payload) => {
    const progress = payload as ScanProgressEvent;
    if (event === 'scanProgress' && progress.status !== 'running')
      io.stderr(`  ${progress.source}: ${progress.status}${progress.failure ? ` (${describeCommandFailure(progress.failure)})` : ''}\n`);
  };
  const host = await openHost(targetFrom({ scenario: values.scenario }), context, { log: cliLog(io, values.verbose), emit, readsPc: true });
  const { readings } = await scanOf(host, 'unknown');
  const simulated = host.simulated();
  const written = writeCollectedFolder(directory, readings, {
    consoleCodePage: readings.codePage ?? undefined,
    collectedAt: new Date().toISOString(),
    computerName: simulated?.scenario.computerName,
    elevated: readings.elevated,
    versions: { workgroupDoctor: context.version, node: process.version },
  });
  const failed = SOURCE_IDS.filter((id) => readings.sources[id].status === 'failed');
  io.stdout(
    `Saved ${written.length} files from ${machineName(host, translatorFor(FALLBACK_LANGUAGE))} in ${escapeForTerminal(directory)}${failed.length ? ` (${failed.length} commands failed: ${failed.join(', ')}; their output is saved too)` : ''}.\n`,
  );
  return 0;
}
