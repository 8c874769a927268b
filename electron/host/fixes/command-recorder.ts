import type { CommandRecord } from '../../../shared/fixes/command-record';
import { CommandError } from '../commands/command-error';
import type { CommandRunner } from '../commands/command-runner';

const OUTPUT_KEPT = 2000;

/**
 * The commands one change runs, for the technicians' details of its result: a runner that passes every
 * command on and notes what it did, under the phase the engine is in. Kept in memory only (the runner
 * also writes each command to the app's log); the journal never holds a command.
 */
export class CommandRecorder {
  readonly records: CommandRecord[] = [];
  phase: CommandRecord['phase'] = 'step';

  constructor(
    private readonly inner: CommandRunner,
    private readonly now: () => Date,
  ) {}

  readonly runner: CommandRunner = {
    consoleCodePage: () => this.inner.consoleCodePage(),
    run: async (program, args, options) => {
      const started = performance.now();
      const argv = [program, ...args];
      try {
        const output = await this.inner.run(program, args, options);
        this.note({ argv, exitCode: output.exitCode, failure: null, durationMs: output.durationMs, output: `${output.stdout}${output.stderr}` });
        return output;
      } catch (error) {
        if (error instanceof CommandError) {
          this.note({
            argv,
            exitCode: error.exitCode,
            failure: error.failure,
            durationMs: Math.round(performance.now() - started),
            output: `${error.stderr}${error.stdout}`,
          });
        }
        throw error;
      }
    },
  };

  private note(record: Omit<CommandRecord, 'at' | 'phase'>): void {
    this.records.push({ ...record, output: record.output.slice(0, OUTPUT_KEPT), phase: this.phase, at: this.now().toISOString() });
  }
}
