/** What a CLI command may touch: its streams. Injected, so commands are tested without a terminal. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * A mistake in how the command was called: exit status 2, printed with the command's usage unless the
 * message already says all there is to say (withUsage: false keeps it to one line).
 */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly withUsage: boolean;
  constructor(message: string, options: { readonly withUsage?: boolean } = {}) {
    super(message);
    this.withUsage = options.withUsage ?? true;
  }
}

/** The command was understood but could not do its job (a missing file …): exit status 1. */
export class CliFailure extends Error {
  override name = 'CliFailure';
}

/** All of a stream, refused (without reading further) once it passes `limit` bytes. */
export async function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > limit)
      throw new CliFailure(
        `standard input holds more than ${Math.round(limit / 1024 / 1024)} MB, more than any Windows command prints here, so it was not read.`,
      );
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
