import path from 'node:path';
import { Readable } from 'node:stream';
import { fakeCommandModule } from '../../host/simulated-host/testing/host-fixture';
import type { CliContext } from '../cli-host';
import { main } from '../main';

/** The command line's context in a test: this Node, this platform, the live environment (read per call). */
export function testCliContext(overrides: Partial<CliContext> = {}): CliContext {
  return {
    version: '0.0.0-test',
    platform: process.platform,
    env: process.env,
    fakeCommandModule,
    nodeExecutable: process.execPath,
    rendererDirectory: path.resolve(import.meta.dirname, '../../../out/renderer'),
    untilStopped: () => new Promise(() => {}),
    ...overrides,
  };
}

/** Runs the command line in-process, with the given standard input, and collects what it printed. */
export async function runCli(args: readonly string[], stdin = '', context: CliContext = testCliContext()) {
  let stdout = '';
  let stderr = '';
  const io = { stdin: Readable.from(stdin ? [Buffer.from(stdin)] : []), stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
  const status = await main(args, io, context);
  return { status, stdout, stderr };
}
