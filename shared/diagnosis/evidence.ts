import { splitLines } from '../parsers/text-lines';
import type { SourceId } from './readings';

/** A line of a command's output that proves a finding, so the user can see it is not made up. */
export interface Evidence {
  readonly source: SourceId;
  /** 1-based line in that source's raw output; null for a fact that has no line (a value not set). */
  readonly lineNumber: number | null;
  readonly text: string;
}

/** Looks up printed lines by number, splitting each source's text once. */
export class OutputLines {
  private readonly cache = new Map<SourceId, string[]>();

  constructor(private readonly textOf: (source: SourceId) => string | null) {}

  line(source: SourceId, lineNumber: number): Evidence {
    let lines = this.cache.get(source);
    if (!lines) {
      lines = splitLines(this.textOf(source) ?? '').map((line) => line.text);
      this.cache.set(source, lines);
    }
    return { source, lineNumber, text: (lines[lineNumber - 1] ?? '').trimEnd() };
  }
}
