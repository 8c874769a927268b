import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runSimulatedCommand, type SimulatedProgram } from '../../../shared/simulated-host/simulated-windows';
import { advanceTimeline } from '../../../shared/simulated-host/timeline';
import { encodeConsoleText } from '../commands/console-encoding';
import { readHostState, writeHostState } from './host-state-file';

export const HOST_STATE_ENV = 'WGD_SIMULATED_HOST_STATE';

const PROGRAMS: Readonly<Record<string, SimulatedProgram>> = {
  'net.exe': 'net',
  'nbtstat.exe': 'nbtstat',
  'netstat.exe': 'netstat',
  'reg.exe': 'reg',
  'chcp.com': 'chcp',
  'fltmc.exe': 'fltmc',
  'powershell.exe': 'powershell',
  'rundll32.exe': 'rundll32',
  'sc.exe': 'sc',
};

/**
 * A fake Windows program: reads the simulated PC, runs one command line against it, prints the answer
 * in the PC's console code page, and saves the PC's new state. `program` is the file name it was
 * started as (net.exe, reg.exe …).
 */
export async function runFakeCommand(programFile: string, args: readonly string[]): Promise<void> {
  const program = PROGRAMS[path.basename(programFile).toLowerCase()];
  const stateFile = process.env[HOST_STATE_ENV];
  if (!program || !stateFile) {
    process.stderr.write(`fake command: unknown program ${programFile} or ${HOST_STATE_ENV} not set\n`);
    process.exit(9009);
  }
  const stored = readHostState(stateFile);
  // A PC that lives (a watch started its day) is first brought to this moment of its day.
  const before = advanceTimeline(stored, Date.now());
  const outcome = runSimulatedCommand(before, program, args, process.env);
  if (outcome.hang) {
    // Hangs until the runner's timeout kills it, like a command stuck on a dead network name.
    await new Promise(() => setInterval(() => {}, 60_000));
  }
  if (outcome.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, outcome.delayMs));
  for (const file of outcome.writtenFiles) {
    writeFileSync(file.path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(file.text, 'utf16le')]));
  }
  if (outcome.state !== stored) writeHostState(stateFile, { ...outcome.state, timelineClock: before.timelineClock });
  // PowerShell is told to write UTF-8 by the app's scripts; everything else writes the OEM code page.
  const codePage = program === 'powershell' ? 65001 : before.codePage;
  await write(process.stdout, encodeConsoleText(outcome.stdout, codePage));
  await write(process.stderr, encodeConsoleText(outcome.stderr, codePage));
  process.exitCode = outcome.exitCode;
}

function write(stream: NodeJS.WriteStream, bytes: Buffer): Promise<void> {
  return new Promise((resolve) => (bytes.length === 0 ? resolve() : stream.write(bytes, () => resolve())));
}

// Started as a script (launcher mode on Windows): node fake-command.js <program> <args…>
const invokedDirectly = process.argv[1] !== undefined && /fake-command\.(m?js|ts)$/.test(process.argv[1]);
if (invokedDirectly && process.argv[2]) void runFakeCommand(process.argv[2], process.argv.slice(3));
