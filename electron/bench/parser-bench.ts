import { parseNbtstatSessions } from '../../shared/parsers/nbtstat';
import { parseNetFile } from '../../shared/parsers/net-file';
import { parseNetSession } from '../../shared/parsers/net-session';
import { parseNetShare } from '../../shared/parsers/net-share';
import { parseNetstat } from '../../shared/parsers/netstat';
import { parseRegQuery } from '../../shared/parsers/reg-query';
import { medianMs, plainScanMBs, table, target, timeRuns, type TargetResult } from './measure';
import { nbtstatOutput, netFileOutput, netSessionOutput, netShareOutput, netstatOutput, regQueryOutput } from './generated-outputs';

const megabytes = (text: string) => Buffer.byteLength(text, 'utf8') / 1024 / 1024;

/** Parser throughput: net session at 1k/10k/100k rows (MB/s, linear growth), the others at 10k. */
export function runParserBench(log: (line: string) => void): TargetResult[] {
  const rows: string[][] = [['parser', 'rows', 'size', 'median ms', 'MB/s', 'ms per 1k rows', 'best run MB/s', 'plain scan MB/s']];
  const perThousand: number[] = [];
  let sessionRate = 0;
  for (const count of [1_000, 10_000, 100_000]) {
    const text = netSessionOutput(count);
    if (parseNetSession(text).sessions.length !== count) throw new Error(`net session parse lost rows at ${count}`);
    const scanRate = plainScanMBs(text);
    const { medianMs: ms, bestMs } = timeRuns(() => parseNetSession(text));
    const rate = megabytes(text) / (ms / 1000);
    perThousand.push(ms / (count / 1000));
    if (count === 100_000) sessionRate = rate;
    rows.push([
      'net session',
      String(count),
      `${megabytes(text).toFixed(2)} MB`,
      ms.toFixed(2),
      rate.toFixed(0),
      (ms / (count / 1000)).toFixed(3),
      (megabytes(text) / (bestMs / 1000)).toFixed(0),
      scanRate.toFixed(0),
    ]);
  }
  const others: [string, string, (text: string) => unknown][] = [
    ['net share', netShareOutput(10_000), parseNetShare],
    ['net file', netFileOutput(10_000), parseNetFile],
    ['netstat -ano (de)', netstatOutput(10_000), parseNetstat],
    ['nbtstat -s', nbtstatOutput(10_000), parseNbtstatSessions],
    ['reg query', regQueryOutput(10_000), parseRegQuery],
  ];
  for (const [name, text, parse] of others) {
    const ms = medianMs(() => parse(text));
    rows.push([name, '10000', `${megabytes(text).toFixed(2)} MB`, ms.toFixed(2), (megabytes(text) / (ms / 1000)).toFixed(0), (ms / 10).toFixed(3), '', '']);
  }
  log(table(rows));
  log('MB/s is from the median run; the target is checked on it. "plain scan" is a loop that only reads');
  log('each character, timed just before: when it drops, the machine slowed down, not the parser.');
  const growth = perThousand[2]! / perThousand[0]!;
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  log(`heap in use after the parser runs: ${heapMb.toFixed(0)} MB`);
  return [
    target('net session throughput (100k rows)', `${sessionRate.toFixed(0)} MB/s`, '>= 200 MB/s', sessionRate >= 200),
    // Linear: the time per row at 100k rows is within 2x of the time per row at 1k rows.
    target('net session growth, per-row time 100k vs 1k', `${growth.toFixed(2)}x`, '<= 2x (linear)', growth <= 2),
  ];
}
