import type { TargetResult } from './measure';
import { runParserBench } from './parser-bench';

/** `npm run bench`: measures the speed targets and prints what was measured against each target. */
export default async function main(args: readonly string[]): Promise<number> {
  const only = new Set(args);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const results: TargetResult[] = [];
  if (only.size === 0 || only.has('parsers')) {
    log('== Parsers');
    results.push(...runParserBench(log));
  }
  log('\n== Targets');
  for (const result of results) log(`${result.met ? 'MET ' : 'MISS'}  ${result.name}: ${result.measured} (target ${result.target})`);
  return results.every((result) => result.met) ? 0 : 1;
}
