import { parseArgs } from 'node:util';
import { diagnose } from '../../../shared/diagnosis/diagnose';
import { diagnosisToJson, diagnosisToText } from '../../../shared/diagnosis/diagnosis-report';
import type { PcRole } from '../../../shared/diagnosis/finding';
import type { HostReadings } from '../../../shared/diagnosis/readings';
import { scanHost } from '../../main/scan/scan-host';
import { UsageError, type CliIo } from '../cli-io';
import { cliLog } from '../cli-log';
import { openMachine, readFolder, TARGET_USAGE, targetFrom } from './target-machine';

export const DIAGNOSE_USAGE = `workgroup-doctor diagnose [--from <dir> | --scenario <name>] [--role host|client] [--json] [--verbose]

Reads a PC's sessions, open files, shares and settings, and explains why others get System error 71.
${TARGET_USAGE}
  --role host|client    host: others connect to this PC; client: this PC gets the error (default: unknown)
  --json                print the diagnosis as JSON
  --verbose             log each Windows command to stderr`;

const ROLES: readonly PcRole[] = ['host', 'client', 'unknown'];

export async function runDiagnoseCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { from: { type: 'string' }, scenario: { type: 'string' }, role: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const role = (values.role ?? 'unknown') as PcRole;
  if (!ROLES.includes(role)) throw new UsageError(`--role must be host or client, not "${values.role}"`);
  const target = targetFrom(values);
  const log = cliLog(io, values.verbose);

  let readings: HostReadings;
  let label: string;
  if (target.kind === 'folder') {
    ({ readings, label } = readFolder(target.directory));
  } else {
    const machine = await openMachine(target, log);
    try {
      readings = await scanHost(machine.runner);
      label = machine.label;
    } finally {
      machine.dispose();
    }
  }
  const diagnosis = diagnose(readings, { role });
  if (values.json) io.stdout(`${JSON.stringify(diagnosisToJson(diagnosis), null, 2)}\n`);
  else io.stdout(`Workgroup Doctor: diagnosis of ${label}\n\n${diagnosisToText(diagnosis)}`);
  return 0;
}
