import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HOST_STATE_ENV } from '../../simulated-host/fake-command';
import { fakeCommandModule } from '../../simulated-host/testing/host-fixture';

const STARTED_LOG = 'started.log';

let recording: Promise<string> | null = null;

/**
 * The fake Windows programs, each of which first notes that it started (its program and arguments) in
 * started.log beside the simulated PC's state, then runs as usual. The log is written by the started
 * process itself, so it is the true list of what was started on the PC, whatever path led there.
 */
export function recordingFakeCommandModule(): Promise<string> {
  recording ??= fakeCommandModule().then((real) => {
    // The fake runs only when started as a file named *fake-command.(m)js: so is this one.
    const wrapper = path.join(mkdtempSync(path.join(tmpdir(), 'wgd-recording-')), 'recording-fake-command.mjs');
    writeFileSync(
      wrapper,
      [
        "import { appendFileSync } from 'node:fs';",
        "import path from 'node:path';",
        `const state = process.env[${JSON.stringify(HOST_STATE_ENV)}];`,
        `if (state) appendFileSync(path.join(path.dirname(state), ${JSON.stringify(STARTED_LOG)}), JSON.stringify(process.argv.slice(2)) + '\\n');`,
        `await import(${JSON.stringify(pathToFileURL(real).href)});`,
        '',
      ].join('\n'),
    );
    return wrapper;
  });
  return recording;
}

/** What was started on the simulated PC whose state file is `stateFile`: [program file, ...arguments] each. */
export function startedPrograms(stateFile: string): string[][] {
  const log = path.join(path.dirname(stateFile), STARTED_LOG);
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as string[]);
}
