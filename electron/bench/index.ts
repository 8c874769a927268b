import path from 'node:path';
import { runBundleBench } from './bundle-bench';
import type { TargetResult } from './measure';
import { runMonitorBench } from './monitor-bench';
import { runParserBench } from './parser-bench';
import { runRenderBench } from './render-bench';
import { runScanBench } from './scan-bench';

const SECTIONS = ['parsers', 'scan', 'bundle', 'render', 'monitor'] as const;

/**
 * `npm run bench [section…]`: measures the speed and size targets and prints each measurement beside
 * its target. Exit status 1 when a target is missed. Sections: parsers, scan, bundle, render, monitor.
 */
export default async function main(args: readonly string[]): Promise<number> {
  const unknown = args.filter((arg) => !(SECTIONS as readonly string[]).includes(arg));
  if (unknown.length > 0) {
    process.stderr.write(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}\n`);
    return 2;
  }
  const wanted = (section: (typeof SECTIONS)[number]) => args.length === 0 || args.includes(section);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  // A measurement that waits for an event that never comes leaves Node nothing to do, and Node would end
  // quietly with status 0, as if every target had been met.
  const stoppedEarly = () => {
    process.stderr.write('the bench ended before its last measurement: one of them waited for something that never happened\n');
    process.exitCode = 1;
  };
  process.once('beforeExit', stoppedEarly);
  const renderer = path.resolve('out/renderer');
  const results: TargetResult[] = [];
  if (wanted('parsers')) {
    log('== Parsers');
    results.push(...runParserBench(log));
  }
  if (wanted('scan')) {
    log('\n== Scan (real child processes, simulated PC)');
    results.push(...(await runScanBench(log)));
  }
  if (wanted('bundle')) {
    log('\n== Renderer bundle');
    results.push(...runBundleBench(renderer, log));
  }
  if (wanted('render')) {
    log('\n== Findings render');
    results.push(...(await runRenderBench(renderer, log)));
  }
  if (wanted('monitor')) {
    log('\n== Monitor (checks, chart, memory)');
    results.push(...(await runMonitorBench(log)));
  }
  process.off('beforeExit', stoppedEarly);
  log('\n== Targets');
  for (const result of results) log(`${result.met ? 'MET ' : 'MISS'}  ${result.name}: ${result.measured} (target ${result.target})`);
  return results.every((result) => result.met) ? 0 : 1;
}
