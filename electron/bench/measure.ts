/**
 * The median time of `work` in milliseconds, after warming up for at least `warmupMs` so the JIT has
 * compiled the hot paths (a 1,000-row parse would otherwise measure the interpreter).
 */
export function medianMs(work: () => void, runs = 15, warmupMs = 300): number {
  return timeRuns(work, runs, warmupMs).medianMs;
}

/** Median and fastest of `runs` timed runs (after the warm-up medianMs describes). */
export function timeRuns(work: () => void, runs = 15, warmupMs = 300): { medianMs: number; bestMs: number } {
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
  return { medianMs: times[Math.floor(times.length / 2)]!, bestMs: times[0]! };
}

/**
 * How much the heap grows during one run of `work`, in bytes: garbage included, since nothing is
 * collected in between unless the young generation fills up (then the figure is lower than what was
 * allocated). The previous runs' garbage is collected first (node --expose-gc).
 */
export function heapGrowthBytes(work: () => unknown): number {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  const result = work();
  const grown = process.memoryUsage().heapUsed - before;
  if (result === heapGrowthBytes) throw new Error('unreachable: keeps the result alive until measured');
  return grown;
}

/**
 * How fast this machine is right now: MB/s of a loop that only reads every character of `text`.
 * The 2-core CI VMs run at two speeds that differ up to 2x from one second to the next; printing this
 * beside each figure shows which speed a measurement was taken at.
 */
export function plainScanMBs(text: string): number {
  let sum = 0;
  const scan = () => {
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  };
  const { medianMs: ms } = timeRuns(scan, 9, 100);
  if (sum === 0.5) throw new Error('unreachable: keeps the scan from being optimized away');
  return Buffer.byteLength(text, 'utf8') / 1024 / 1024 / (ms / 1000);
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
