import { spawn } from 'node:child_process';

export interface CaptureLimits {
  /** The child is killed when it runs longer than this. */
  readonly timeoutMs: number;
  /** The child is killed when stdout and stderr together exceed this many bytes. */
  readonly maxOutputBytes: number;
  /** Kills the child when aborted (the user cancelled the scan). */
  readonly signal?: AbortSignal;
}

/** What a finished (or stopped) child left behind, as raw bytes: decoding is the caller's job. */
export interface CapturedProcess {
  /** null when the child was killed. */
  readonly exitCode: number | null;
  /** Why the transport stopped the child, if it did. */
  readonly stoppedBecause: 'timeout' | 'output-limit' | 'cancelled' | null;
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  readonly durationMs: number;
}

/** The child never ran. Everything else, including a non-zero exit, is a CapturedProcess. */
export class SpawnError extends Error {
  constructor(
    readonly file: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'SpawnError';
  }
}

/**
 * The transport: start one program with an argv array (never a shell), capture its bytes, enforce
 * the time and size limits. It rejects only when the program cannot be started.
 */
export function spawnCapture(file: string, args: readonly string[], limits: CaptureLimits, env: NodeJS.ProcessEnv = process.env): Promise<CapturedProcess> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, [...args], {
      shell: false,
      windowsHide: true,
      // net.exe asks "Do you want to continue?" on some actions; with stdin closed it answers no.
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let capturedBytes = 0;
    let stoppedBecause: CapturedProcess['stoppedBecause'] = null;
    let settled = false;

    const stop = (reason: NonNullable<CapturedProcess['stoppedBecause']>) => {
      if (stoppedBecause !== null) return;
      stoppedBecause = reason;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop('timeout'), limits.timeoutMs);
    const onAbort = () => stop('cancelled');
    if (limits.signal?.aborted) onAbort();
    limits.signal?.addEventListener('abort', onAbort, { once: true });

    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      if (stoppedBecause !== null) return;
      capturedBytes += chunk.length;
      if (capturedBytes > limits.maxOutputBytes) {
        stop('output-limit');
        return;
      }
      into.push(chunk);
    };
    child.stdout.on('data', collect(stdout));
    child.stderr.on('data', collect(stderr));

    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      if (settled) return;
      settled = true;
      reject(new SpawnError(file, error.code, error.message));
    });
    // 'close' (not 'exit') so that every byte of both pipes has arrived.
    child.once('close', (exitCode) => {
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      if (settled) return;
      settled = true;
      resolve({
        exitCode: stoppedBecause === null ? exitCode : null,
        stoppedBecause,
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr),
        durationMs: Math.round(performance.now() - started),
      });
    });
  });
}
