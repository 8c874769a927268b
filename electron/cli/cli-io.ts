/** What a CLI command may touch: its streams. Injected, so commands are tested without a terminal. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A mistake in how the command was called: printed with the usage, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The command was understood but could not do its job (a missing file …): exit status 1. */
export class CliFailure extends Error {
  override name = 'CliFailure';
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
