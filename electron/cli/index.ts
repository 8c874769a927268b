import path from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { main } from './main';

// The command line's entry point, built to out/main/cli.js beside the fake Windows programs of the
// simulated PCs (out/main/fake-command.js). In the installed app it runs as Node inside the app's own
// executable (bin\workgroup-doctor.cmd sets ELECTRON_RUN_AS_NODE), which then runs those programs too.
process.exitCode = await main(
  process.argv.slice(2),
  {
    stdin: process.stdin,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  {
    version: packageJson.version,
    platform: process.platform,
    env: process.env,
    fakeCommandModule: async () => path.join(import.meta.dirname, 'fake-command.js'),
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
