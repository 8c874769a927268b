import { failureFromErrorNumber, type CommandFailure } from '../../../shared/commands/command-failure';
import { parseChcpOutput } from '../../../shared/parsers/chcp';
import { findRegValue, parseRegQuery } from '../../../shared/parsers/reg-query';
import { recognizeSystemError } from '../../../shared/parsers/system-error';
import { CommandError } from './command-error';
import { formatArgv, silentLog, type CommandLog } from './command-log';
import { decodeConsoleBytes } from './console-encoding';
import { SpawnError, spawnCapture, type CapturedProcess } from './spawn-capture';
import { programPath, type WindowsProgram } from './windows-programs';

/** A command that did its job, with its output decoded. */
export interface CommandOutput {
  readonly program: WindowsProgram;
  readonly args: readonly string[];
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
  readonly codePage: number;
}

export interface RunOptions {
  /** Exit codes that mean "it worked" for this call (default: 0 only). */
  readonly okExitCodes?: readonly number[];
  readonly timeoutMs?: number;
  /** For a command that chooses its own output encoding (PowerShell told to write UTF-8). */
  readonly codePage?: number;
  /** Stops the command (the scan was cancelled). */
  readonly signal?: AbortSignal;
  /** Extra environment for this command (values a fixed script reads, such as a printer name). */
  readonly env?: Readonly<Record<string, string>>;
}

export type CodePageSource = 'chcp' | 'registry' | 'given' | 'assumed';

export interface CommandRunnerOptions {
  /** %SystemRoot%\System32 on Windows; a folder of fake executables in tests and demo mode. */
  readonly binDirectory: string;
  readonly timeoutMs?: number;
  readonly maxOutputBytes?: number;
  readonly env?: NodeJS.ProcessEnv;
  readonly log?: CommandLog;
  /** A known console code page; when absent it is detected once, from a child console. */
  readonly codePage?: number;
  /**
   * How a program file is started, when not directly: demo mode on Windows runs its fake programs
   * (scripts, which Windows cannot start as .exe files) through Node.
   */
  readonly launch?: (file: string, args: readonly string[]) => { readonly file: string; readonly args: readonly string[] };
}

export interface CommandRunner {
  run(program: WindowsProgram, args: readonly string[], options?: RunOptions): Promise<CommandOutput>;
  consoleCodePage(): Promise<{ codePage: number; source: CodePageSource }>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_OUTPUT_BYTES = 16 * 1024 * 1024;
/** Used only when neither chcp nor the registry answers: the US OEM code page. */
const ASSUMED_CODE_PAGE = 437;

/**
 * The policy layer over the transport: decodes output in the console code page and decides, per call,
 * whether the result is usable. A failure becomes a CommandError whose reason is read from numbers
 * ("System error N", "NET HELPMSG N", exit codes), never from sentences in the display language.
 */
export function createCommandRunner(options: CommandRunnerOptions): CommandRunner {
  const log = options.log ?? silentLog;
  const env = options.env ?? process.env;
  let codePagePromise: Promise<{ codePage: number; source: CodePageSource }> | null = null;

  async function capture(
    program: WindowsProgram,
    args: readonly string[],
    timeoutMs: number,
    signal?: AbortSignal,
    extraEnv?: Readonly<Record<string, string>>,
  ): Promise<CapturedProcess> {
    if (args.some((arg) => arg.includes('\0'))) {
      throw new CommandError({ kind: 'could-not-start', reason: 'an argument contains a NUL character' }, program, args, null, '', '', 0);
    }
    const file = programPath(options.binDirectory, program);
    const launched = options.launch?.(file, args) ?? { file, args };
    try {
      return await spawnCapture(
        launched.file,
        launched.args,
        { timeoutMs, maxOutputBytes: options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES, ...(signal ? { signal } : {}) },
        extraEnv ? { ...env, ...extraEnv } : env,
      );
    } catch (error) {
      if (!(error instanceof SpawnError)) throw error;
      const failure: CommandFailure =
        error.code === 'ENOENT' ? { kind: 'program-missing', path: file } : { kind: 'could-not-start', reason: error.code ?? error.message };
      log.warn(`${formatArgv(program, args)} could not start: ${error.message}`);
      throw new CommandError(failure, program, args, null, '', '', 0);
    }
  }

  // The code page is read from a child console, never from this process: a GUI parent has no console
  // and a terminal may have been switched with chcp. chcp.com started the same way as net.exe sees the
  // same console net.exe will write to. Its text is localized; only its number is read.
  async function detectCodePage(): Promise<{ codePage: number; source: CodePageSource }> {
    if (options.codePage !== undefined) return { codePage: options.codePage, source: 'given' };
    try {
      const chcp = await capture('chcp', [], 5_000);
      const codePage = chcp.exitCode === 0 ? parseChcpOutput(chcp.stdout.toString('latin1')) : null;
      log.info(`chcp exit ${chcp.exitCode} in ${chcp.durationMs} ms: console code page ${codePage ?? 'not read'}`);
      if (codePage !== null) return { codePage, source: 'chcp' };
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
    }
    try {
      const reg = await capture('reg', ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage', '/v', 'OEMCP'], 5_000);
      const value = findRegValue(parseRegQuery(reg.stdout.toString('latin1')).values, 'OEMCP');
      const codePage = typeof value?.data === 'string' ? Number.parseInt(value.data, 10) : Number.NaN;
      const found = reg.exitCode === 0 && Number.isInteger(codePage) && codePage > 0;
      log.info(`reg query OEMCP exit ${reg.exitCode} in ${reg.durationMs} ms: code page ${found ? codePage : 'not read'}`);
      if (found) return { codePage, source: 'registry' };
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
    }
    log.warn(`console code page unknown; assuming ${ASSUMED_CODE_PAGE}`);
    return { codePage: ASSUMED_CODE_PAGE, source: 'assumed' };
  }

  function consoleCodePage() {
    codePagePromise ??= detectCodePage();
    return codePagePromise;
  }

  async function run(program: WindowsProgram, args: readonly string[], runOptions: RunOptions = {}): Promise<CommandOutput> {
    const timeoutMs = runOptions.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // The command starts at once; the code page (detected once, in parallel) is needed only to decode.
    const codePagePending = runOptions.codePage === undefined ? consoleCodePage() : null;
    const captured = await capture(program, args, timeoutMs, runOptions.signal, runOptions.env);
    const codePage = runOptions.codePage ?? (await codePagePending!).codePage;
    const stdout = decodeConsoleBytes(captured.stdout, codePage);
    const stderr = decodeConsoleBytes(captured.stderr, codePage);
    const argv = formatArgv(program, args);
    const size = captured.stdout.length + captured.stderr.length;

    const failure = classify(captured, `${stderr}\n${stdout}`, runOptions.okExitCodes ?? [0], timeoutMs, options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES);
    if (failure) {
      log.warn(`${argv} failed (${failure.kind}) after ${captured.durationMs} ms, exit ${captured.exitCode ?? 'none'}, ${size} bytes`);
      throw new CommandError(failure, program, args, captured.exitCode, stdout, stderr, captured.durationMs);
    }
    log.info(`${argv} exit ${captured.exitCode} in ${captured.durationMs} ms, ${size} bytes, code page ${codePage}`);
    return { program, args, exitCode: captured.exitCode!, stdout, stderr, durationMs: captured.durationMs, codePage };
  }

  return { run, consoleCodePage };
}

function classify(captured: CapturedProcess, text: string, okExitCodes: readonly number[], timeoutMs: number, limitBytes: number): CommandFailure | null {
  if (captured.stoppedBecause === 'timeout') return { kind: 'timed-out', timeoutMs };
  if (captured.stoppedBecause === 'cancelled') return { kind: 'cancelled' };
  if (captured.stoppedBecause === 'output-limit') return { kind: 'output-too-large', limitBytes };
  if (captured.exitCode !== null && okExitCodes.includes(captured.exitCode)) return null;
  const systemError = recognizeSystemError(text);
  if (systemError) return failureFromErrorNumber(systemError.code);
  return { kind: 'exit-code', exitCode: captured.exitCode ?? -1 };
}
