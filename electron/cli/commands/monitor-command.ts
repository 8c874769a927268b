import { FALLBACK_LANGUAGE } from '../../../shared/i18n/languages';
import { translatorFor } from '../../../shared/i18n/translator-for';
import type { MonitorSampleEvent } from '../../../shared/monitor/monitor-events';
import { isMonitorInterval, MONITOR_INTERVAL_SECONDS } from '../../../shared/monitor/monitor-interval';
import { previewValue } from '../../../shared/text/preview-value';
import { UsageError, type CliIo } from '../cli-io';
import { cliTranslator, LANG_OPTION, LANG_USAGE } from '../cli-language';
import { cliLog } from '../cli-log';
import { machineName, openHost, targetFrom, type CliContext } from '../cli-host';
import { parseCommandLine } from '../parse-command-line';
import { monitorSampleToJson, monitorSampleToText } from './monitor-lines';

export const MONITOR_USAGE = `workgroup-doctor monitor [--interval S] [--count N] [--json] [--scenario <name> [--reset]] [--lang <tag>] [--verbose]

Watches the connections: every few seconds it asks Windows who is connected (net session) and what
they have open (net file), and prints one line per check: the connections in use against the limit,
the slots left, who joined and who left. It only reads. Ctrl+C stops it.
  --interval S          seconds between checks, ${MONITOR_INTERVAL_SECONDS.min} to ${MONITOR_INTERVAL_SECONDS.max} (default ${MONITOR_INTERVAL_SECONDS.default})
  --count N             stop after N checks
  --json                one JSON object per line: {time, sessions: {total, null}, limit, joined: [{computer,
                        user, opened}], left: [...]}; a check that read nothing has sessions null and a problem
  --scenario <name>     watch a simulated PC; the XP print host and the Windows 10 office live: computers
                        connect and leave by the clock until the slots run out
  --reset               with --scenario: start the simulated PC afresh
  (neither)             this PC (in an administrator prompt)
${LANG_USAGE}
  --verbose             log each Windows command to stderr`;

export async function runMonitorCommand(args: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    interval: { type: 'string' },
    count: { type: 'string' },
    json: { type: 'boolean' },
    from: { type: 'string' },
    scenario: { type: 'string' },
    reset: { type: 'boolean' },
    verbose: { type: 'boolean' },
    ...LANG_OPTION,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${previewValue(positionals[0])}`);
  if (values.from !== undefined) throw new UsageError('outputs collected on another PC cannot be watched: run monitor on that PC.');
  const intervalSeconds = values.interval === undefined ? MONITOR_INTERVAL_SECONDS.default : Number(values.interval);
  if (!isMonitorInterval(intervalSeconds))
    throw new UsageError(
      `--interval takes whole seconds from ${MONITOR_INTERVAL_SECONDS.min} to ${MONITOR_INTERVAL_SECONDS.max}, not ${previewValue(values.interval)}`,
    );
  const count = values.count === undefined ? null : Number(values.count);
  if (count !== null && !(Number.isSafeInteger(count) && count > 0))
    throw new UsageError(`--count takes a number of checks (1 or more), not ${previewValue(values.count)}`);

  const t = cliTranslator(values.lang, context.env);
  // JSON is in English whatever the language, as every JSON output is (its problem is words too).
  const lineWords = values.json ? translatorFor(FALLBACK_LANGUAGE) : t;
  // With --json, standard output holds the JSON lines only; what is said to the person goes to stderr.
  const say = (text: string) => (values.json ? io.stderr(text) : io.stdout(text));
  let printed = 0;
  let counted!: () => void;
  const enough = new Promise<void>((resolve) => (counted = resolve));
  const print = (sample: MonitorSampleEvent) => {
    if (count !== null && printed >= count) return;
    io.stdout(`${values.json ? JSON.stringify(monitorSampleToJson(sample, lineWords)) : monitorSampleToText(sample, lineWords)}\n`);
    printed++;
    if (count !== null && printed >= count) counted();
  };
  // Asked for first, so that a Ctrl+C while the host starts is not lost.
  const stopped = context.untilStopped();
  const host = await openHost(targetFrom(values), context, {
    log: cliLog(io, values.verbose),
    readsPc: true,
    reset: values.reset ?? false,
    emit: (event, payload) => event === 'monitorSample' && print(payload as MonitorSampleEvent),
  });
  try {
    say(`${t('monitor.cli.watching', { pc: machineName(host, t), count: intervalSeconds })}\n`);
    host.startMonitor({ intervalSeconds, resume: false });
    await Promise.race([enough, stopped]);
  } finally {
    host.dispose();
  }
  say(`${t('monitor.cli.stopped')}\n`);
  return 0;
}
