import path from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { main } from './main';
import { asksForDetails, describeUnexpectedError } from './unexpected-error';

// The command line's entry point, built to out/main/cli.js beside the fake Windows programs of the
// simulated PCs (out/main/fake-command.js). In the installed app it runs as Node inside the app's own
// executable (bin\workgroup-doctor.cmd sets ELECTRON_RUN_AS_NODE), which then runs those programs too.
const argv = process.argv.slice(2);

// The last resort for an error main cannot catch (a stream's error event, a stray promise, which Node
// raises here too): one line, as main writes it, instead of Node's stack trace.
process.on('uncaughtException', (error: NodeJS.ErrnoException) => {
  // Whoever read the output went away (workgroup-doctor … | more, then q): there is no one to tell.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`workgroup-doctor: ${describeUnexpectedError(error, asksForDetails(argv))}\n`);
  process.exit(1);
});

process.exitCode = await main(
  argv,
  {
    stdin: process.stdin,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  {
    version: packageJson.version,
    platform: process.platform,
    env: process.env,
    fakeCommandModule: () => Promise.resolve(path.join(import.meta.dirname, 'fake-command.js')),
    nodeExecutable: process.execPath,
    // Built beside out/main (and beside out/node in a development bundle).
    rendererDirectory: path.join(import.meta.dirname, '..', 'renderer'),
    untilStopped: () =>
      new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      }),
  },
);
