import { remoteCheckMessages, type RemoteCheck } from '../../../shared/diagnosis/remote-check';
import { previewValue } from '../../../shared/text/preview-value';
import { BUILT_IN_SCENARIOS } from '../../../shared/simulated-host/scenarios';
import { CliFailure, UsageError, type CliIo } from '../cli-io';
import { FALLBACK_LANGUAGE } from '../../../shared/i18n/languages';
import { translatorFor } from '../../../shared/i18n/translator-for';
import { cliTranslator, LANG_OPTION, LANG_USAGE } from '../cli-language';
import { cliLog } from '../cli-log';
import { machineName, openHost, targetFrom, type CliContext } from '../cli-host';
import { EXIT, type ExitStatus } from '../exit-status';
import { parseCommandLine } from '../parse-command-line';
import { scanOf } from './role-and-scan';

export const CHECK_REMOTE_USAGE = `workgroup-doctor check-remote NAME [--scenario <name>] [--json] [--lang <tag>] [--verbose]

From the PC that gets "System error 71": asks the other computer NAME for its shares (net view
\\\\NAME), which changes nothing, and says whether it answers, whether it is full, and what to do there.
  --scenario <name>     from a simulated PC: ${BUILT_IN_SCENARIOS.map((s) => s.id).join(', ')}, or a scenario .json file
  (no --scenario)       from this PC
  --json                print {computer, answer, systemError, shares, thisPcSharesPrinter, advice} as JSON
  --verbose             log each Windows command to stderr
${LANG_USAGE}
Exit status: 0 it answers, 4 it is full (System error 71), 3 another answer (not found, access
denied, not reachable, another error); 1 no answer could be had, 2 called wrongly.`;

/** The answer as a script reads it: the same words as the window, and a status per kind of answer. */
function exitStatusOf(check: RemoteCheck): ExitStatus {
  if (check.kind === 'answered') return EXIT.ok;
  if (check.kind === 'refused') return check.refusal === 'at-limit' ? EXIT.problem : EXIT.warnings;
  return EXIT.failed;
}

export async function runCheckRemoteCommand(args: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    scenario: { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
    ...LANG_OPTION,
  });
  const [name, ...extra] = positionals;
  if (name === undefined) throw new UsageError('name the computer to check, as you would type it after \\\\ (OFFICE-PC, or 192.168.1.20).');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${previewValue(extra[0])}`);
  const t = cliTranslator(values.lang, context.env);
  const host = await openHost(targetFrom({ scenario: values.scenario }), context, { log: cliLog(io, values.verbose), readsPc: true });
  const check = await host.checkRemoteComputer(name);
  if (check.kind === 'invalid-name') throw new UsageError(t('plan.refusal.invalid-computer-name', { name: check.computer, problem: check.problem }));
  if (check.kind === 'not-possible') throw new CliFailure(t('remoteCheck.not-possible'));
  // Whether this PC shares a printer matters only when the other one is full: then it is one of the
  // computers Method 2 is for. Scanning this PC tells.
  const thisPcSharesPrinter =
    check.kind === 'refused' && check.refusal === 'at-limit'
      ? (await scanOf(host, 'client')).diagnosis.findings.some((finding) => finding.id === 'printer-shared-here')
      : null;
  // --json's advice is in English whatever the language, as every JSON output is.
  const adviceWords = values.json ? translatorFor(FALLBACK_LANGUAGE) : t;
  const advice = remoteCheckMessages(check, thisPcSharesPrinter).map((message) => adviceWords(message.key, message.params));
  if (values.json) {
    io.stdout(
      `${JSON.stringify(
        {
          computer: check.computer,
          answer: check.kind === 'refused' ? check.refusal : check.kind,
          systemError: check.kind === 'refused' ? check.systemError : null,
          shares: check.kind === 'answered' ? check.shares.map(({ name: share, type, comment }) => ({ name: share, type, comment })) : [],
          thisPcSharesPrinter,
          advice,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const lines = [t('cli.checkRemote.heading', { computer: check.computer, pc: machineName(host, t) }), '', ...advice];
    if (check.kind === 'answered' && check.shares.length > 0)
      lines.push('', ...check.shares.map((share) => `    ${share.name}  (${share.type})${share.comment ? `  ${share.comment}` : ''}`));
    io.stdout(`${lines.join('\n')}\n`);
  }
  return exitStatusOf(check);
}
