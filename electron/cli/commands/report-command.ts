import { renameSync, writeFileSync } from 'node:fs';
import { FALLBACK_LANGUAGE } from '../../../shared/i18n/languages';
import { translatorFor } from '../../../shared/i18n/translator-for';
import { REPORT_FORMATS, reportFile, type ReportFormat } from '../../../shared/report/report-file';
import type { ReportPcInput } from '../../../shared/report/report-model';
import { previewValue } from '../../../shared/text/preview-value';
import { CliFailure, UsageError, type CliIo } from '../cli-io';
import { cliTranslator, LANG_OPTION, LANG_USAGE } from '../cli-language';
import { cliLog } from '../cli-log';
import { parseCommandLine } from '../parse-command-line';
import { openHost, type CliContext, type Target } from '../cli-host';
import { roleFrom, ROLE_USAGE, scanOf } from './role-and-scan';

export const REPORT_USAGE = `workgroup-doctor report [--from <dir>]… | [--scenario <name>] [--format html|md|json] [--output FILE] [--anonymize] [--role host|client] [--lang <tag>]

Writes a report to hand over: the PC, Windows and its limit, the connections against it, each
finding with its proof, the sessions, open files and shares, the changes made, and the outputs of
the Windows commands. HTML is one file that opens in any browser and prints well.
  --from <dir>          outputs collected on a PC ("collect"); repeat it for every PC of an office:
                        one report with a summary row per PC
  --scenario <name>     a simulated PC (with the changes practised on it)
  (neither)             this PC
  --format F            html (default), md (Markdown) or json
  --output FILE         where to write it (default: standard output)
  --anonymize           replace user names, computer names and addresses by pseudonyms
${ROLE_USAGE}
  --verbose             log each Windows command to stderr
${LANG_USAGE}`;

export async function runReportCommand(args: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    from: { type: 'string', multiple: true },
    scenario: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    anonymize: { type: 'boolean' },
    role: { type: 'string' },
    verbose: { type: 'boolean' },
    ...LANG_OPTION,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${previewValue(positionals[0])}`);
  const format = (values.format ?? 'html') as ReportFormat;
  if (!(REPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format takes ${REPORT_FORMATS.join(', ')}, not ${previewValue(values.format)}`);
  if (values.from !== undefined && values.scenario !== undefined) throw new UsageError('give --from or --scenario, not both.');
  const role = roleFrom(values.role);
  // A report for programs is in English whatever the language, as every --json output is.
  const chosen = cliTranslator(values.lang, context.env);
  const t = format === 'json' ? translatorFor(FALLBACK_LANGUAGE) : chosen;
  const targets: Target[] = values.from?.map((directory) => ({ kind: 'folder', directory })) ?? [
    values.scenario === undefined ? { kind: 'this-pc' } : { kind: 'scenario', name: values.scenario },
  ];

  const pcs: ReportPcInput[] = [];
  for (const target of targets) {
    const host = await openHost(target, context, { log: cliLog(io, values.verbose), readsPc: true });
    await scanOf(host, role);
    pcs.push((await host.reportInput(t))!);
  }
  const report = reportFile({ appVersion: context.version, generatedAt: new Date().toISOString(), anonymize: values.anonymize ?? false, pcs }, format, t);
  if (values.output === undefined) {
    io.stdout(report.text);
    return 0;
  }
  writeWhole(values.output, report.text);
  io.stderr(`${chosen('cli.report.written', { count: pcs.length, pc: pcs[0]!.label, file: values.output })}\n`);
  return 0;
}

/** Written to a private name, then renamed: an old report is replaced whole or not at all. */
function writeWhole(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, file);
  } catch (error) {
    throw new CliFailure(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
