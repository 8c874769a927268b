import { environmentLanguages, openInBrowser, resolveDataFolder, startBrowserMode, windowMachine } from '../../host';
import { previewValue } from '../../../shared/text/preview-value';
import { UsageError, type CliIo } from '../cli-io';
import type { CliContext } from '../cli-host';
import { cliTranslator, LANG_OPTION } from '../cli-language';
import { cliLog } from '../cli-log';
import { parseCommandLine } from '../parse-command-line';

export const SERVE_USAGE = `workgroup-doctor serve [--port N] [--no-open] [--demo] [--lang <tag>] [--verbose]

Opens the Workgroup Doctor wizard in your browser instead of its own window (browser mode), for a
computer where the window cannot be shown. It serves only this computer (127.0.0.1) and prints an
address with a one-time key; the browser keeps a cookie after that. Ctrl+C stops it.
On Windows it reads this PC; on any other system (or with --demo) it shows the demo PCs.
  --port N     listen on this port (default: any free port)
  --no-open    print the address without opening the browser
  --demo       show the demo PCs even on Windows
  --lang <tag> the wizard's language until one is picked on its first page (default: this
               computer's, from LC_ALL, LC_MESSAGES, LANG or the system)`;

export async function runServeCommand(args: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    port: { type: 'string' },
    'no-open': { type: 'boolean' },
    demo: { type: 'boolean' },
    verbose: { type: 'boolean' },
    ...LANG_OPTION,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${previewValue(positionals[0])}`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a port number (1-65535), not ${previewValue(values.port)}`);

  const server = await startBrowserMode({
    version: context.version,
    platform: context.platform,
    env: context.env,
    log: cliLog(io, values.verbose),
    dataFolder: resolveDataFolder(context.env, context.platform),
    machine: windowMachine(context.platform, values.demo ? ['--demo'] : [], context.env),
    fakeCommandModule: await context.fakeCommandModule(),
    nodeExecutable: context.nodeExecutable,
    rendererDirectory: context.rendererDirectory,
    // The page is served to this computer only, so its languages are this computer's.
    systemLanguages: values.lang === undefined ? environmentLanguages(context.env) : [cliTranslator(values.lang, context.env).locale],
    port,
  });
  io.stdout(
    `Workgroup Doctor is open in browser mode at\n\n    ${server.url}\n\nThe address holds a one-time key: open it on this computer only. Press Ctrl+C to stop.\n`,
  );
  if (!values['no-open'] && !(await openInBrowser(server.url, context.platform, context.env))) {
    io.stderr('The browser could not be opened by itself: copy the address above into it.\n');
  }
  await context.untilStopped();
  await server.close();
  io.stdout('Workgroup Doctor stopped.\n');
  return 0;
}
