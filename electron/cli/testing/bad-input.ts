import { execFile } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';

/**
 * What every run of the command line on bad input must look like, for the corpus in bad-input.test.ts
 * and for any other test that feeds it damaged files (a damaged journal, …): no stack trace, and no
 * character a terminal would act on, whatever the input held.
 */

/** A line of a V8 stack trace ("    at main (file.js:1:2)", "    at async …"). */
export const STACK_TRACE_LINE = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at /m;

/** What a terminal obeys: C0 (except the line feed and tab of the output's layout), DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
export const RAW_TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Output that is safe to show: no stack trace, no raw control character, on either stream. */
export function expectSafeOutput(run: CliRun): void {
  for (const stream of [run.stdout, run.stderr]) {
    expect(stream).not.toMatch(STACK_TRACE_LINE);
    expect(stream).not.toMatch(RAW_TERMINAL_CONTROL);
  }
}

/**
 * A refusal as the command line should make it: exit status 1 (could not do it) or 2 (called wrongly),
 * a message on stderr, and safe output. Returns stderr's first line, the message itself.
 */
export function expectCleanRefusal(run: CliRun, statuses: readonly number[] = [1, 2]): string {
  expect(statuses).toContain(run.status);
  expect(run.stderr.trim()).not.toBe('');
  expectSafeOutput(run);
  return run.stderr.split('\n')[0]!;
}

const repository = path.resolve(import.meta.dirname, '../../..');

/**
 * The command line as a real child process (`node electron/cli/workgroup-doctor.mjs …`), exactly what a
 * terminal would receive: proves that nothing (Node's own handlers included) prints a stack trace.
 */
export function runCliProcess(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['electron/cli/workgroup-doctor.mjs', ...args],
      { cwd: repository, env, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ status, stdout, stderr });
      },
    );
  });
}
