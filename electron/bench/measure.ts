/**
 * The median time of `work` in milliseconds, after warming up for at least `warmupMs` so the JIT has
 * compiled the hot paths (a 1,000-row parse would otherwise measure the interpreter).
 */
export function medianMs(work: () => void, runs = 15, warmupMs = 300): number {
  const warmupUntil = performance.now() + warmupMs;
  let warmups = 0;
  while (performance.now() < warmupUntil || warmups < 2) {
    work();
    warmups++;
  }
  const times: number[] = [];
  // Each timed run starts with the previous runs' results collected (outside the timing), so a run
  // pays for its own garbage only. Needs node --expose-gc (npm run bench passes it).
  const collect = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < runs; i++) {
    collect?.();
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export interface TargetResult {
  readonly name: string;
  readonly measured: string;
  readonly target: string;
  readonly met: boolean;
}

export function target(name: string, measured: string, targetText: string, met: boolean): TargetResult {
  return { name, measured, target: targetText, met };
}

export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}
