import { diagnosisToJson, diagnosisToText } from '../../../shared/diagnosis/diagnosis-report';
import { previewValue } from '../../../shared/text/preview-value';
import { UsageError, type CliIo } from '../cli-io';
import { cliTranslator, LANG_OPTION, LANG_USAGE } from '../cli-language';
import { cliLog } from '../cli-log';
import { machineName, openHost, TARGET_USAGE, targetFrom, type CliContext } from '../cli-host';
import { diagnosisExitStatus } from '../exit-status';
import { parseCommandLine } from '../parse-command-line';
import { roleFrom, ROLE_USAGE, scanOf } from './role-and-scan';

export const DIAGNOSE_USAGE = `workgroup-doctor diagnose [--from <dir> | --scenario <name> [--reset]] [--role host|client] [--json] [--lang <tag>] [--verbose]

Reads a PC's sessions, open files, shares and settings, and explains why others get System error 71.
Exit status: 0 nothing wrong found, 3 warnings only (or something could not be checked), 4 a problem
found; 1 could not do it, 2 called wrongly.
${TARGET_USAGE}
${ROLE_USAGE}
  --json                print the diagnosis as JSON (its words always in English)
${LANG_USAGE}
  --verbose             log each Windows command to stderr`;

export async function runDiagnoseCommand(args: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    from: { type: 'string' },
    scenario: { type: 'string' },
    role: { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
    reset: { type: 'boolean' },
    ...LANG_OPTION,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${previewValue(positionals[0])}`);
  const role = roleFrom(values.role);
  const t = cliTranslator(values.lang, context.env);
  const host = await openHost(targetFrom(values), context, { log: cliLog(io, values.verbose), readsPc: true, reset: values.reset ?? false });
  const { diagnosis } = await scanOf(host, role);
  if (values.json) io.stdout(`${JSON.stringify(diagnosisToJson(diagnosis), null, 2)}\n`);
  else io.stdout(`${t('cli.diagnose.heading', { pc: machineName(host, t) })}\n\n${diagnosisToText(diagnosis, t)}`);
  return diagnosisExitStatus(diagnosis);
}
