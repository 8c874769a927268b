import { parseNbtstatSessions } from '../../shared/parsers/nbtstat';
import { parseNetFile } from '../../shared/parsers/net-file';
import { parseNetSession } from '../../shared/parsers/net-session';
import { parseNetShare } from '../../shared/parsers/net-share';
import { parseNetShareDetail } from '../../shared/parsers/net-share-detail';
import { parseNetstat } from '../../shared/parsers/netstat';
import { parseRegQuery } from '../../shared/parsers/reg-query';
import { heapGrowthBytes, plainScanMBs, table, target, timeRuns, type TargetResult } from './measure';
import { nbtstatOutput, netFileOutput, netSessionOutput, netShareDetailOutput, netShareOutput, netstatOutput, regQueryOutput } from './generated-outputs';

const megabytes = (text: string) => Buffer.byteLength(text, 'utf8') / 1024 / 1024;

interface Measured {
  readonly ms: number;
  readonly rate: number;
  readonly perThousand: number;
}

/**
 * Parser throughput: net session at 1k/10k/100k rows (MB/s, linear growth), net share and net share NAME
 * at 1k/10k (MB/s, linear growth, heap), the others at 10k.
 */
export function runParserBench(log: (line: string) => void): TargetResult[] {
  const rows: string[][] = [['parser', 'rows', 'size', 'median ms', 'MB/s', 'ms per 1k rows', 'best run MB/s', 'plain scan MB/s', 'heap MB per MB']];
  const measure = (name: string, count: number, text: string, parse: (text: string) => unknown): Measured => {
    const scanRate = plainScanMBs(text);
    const { medianMs: ms, bestMs } = timeRuns(() => parse(text));
    const size = megabytes(text);
    const heapPerMb = heapGrowthBytes(() => parse(text)) / 1024 / 1024 / size;
    const perThousand = ms / (count / 1000);
    rows.push([
      name,
      String(count),
      `${size.toFixed(2)} MB`,
      ms.toFixed(2),
      (size / (ms / 1000)).toFixed(0),
      perThousand.toFixed(3),
      (size / (bestMs / 1000)).toFixed(0),
      scanRate.toFixed(0),
      heapPerMb.toFixed(1),
    ]);
    return { ms, rate: size / (ms / 1000), perThousand };
  };

  const sessions = [1_000, 10_000, 100_000].map((count) => {
    const text = netSessionOutput(count);
    if (parseNetSession(text).sessions.length !== count) throw new Error(`net session parse lost rows at ${count}`);
    return measure('net session', count, text, parseNetSession);
  });
  const shares = [1_000, 10_000].map((count) => {
    const text = netShareOutput(count);
    if (parseNetShare(text).shares.length !== count) throw new Error(`net share parse lost shares at ${count}`);
    return measure('net share', count, text, parseNetShare);
  });
  // Rows here are permission lines; a tenth as many user lines come with them.
  const shareDetails = [1_000, 10_000].map((count) => {
    const text = netShareDetailOutput(count);
    if (parseNetShareDetail(text).share?.permissions.length !== count) throw new Error(`net share NAME parse lost permissions at ${count}`);
    return measure('net share NAME', count, text, parseNetShareDetail);
  });
  const others: [string, string, (text: string) => unknown][] = [
    ['net file', netFileOutput(10_000), parseNetFile],
    ['netstat -ano (de)', netstatOutput(10_000), parseNetstat],
    ['nbtstat -s', nbtstatOutput(10_000), parseNbtstatSessions],
    ['reg query', regQueryOutput(10_000), parseRegQuery],
  ];
  for (const [name, text, parse] of others) measure(name, 10_000, text, parse);

  log(table(rows));
  log('MB/s is from the median run; the targets are checked on it. "plain scan" is a loop that only reads');
  log('each character, timed just before: when it drops, the machine slowed down, not the parser.');
  log('"heap MB per MB": how much the heap grew during one parse, per MB of output (garbage included,');
  log('unless a young-generation collection ran during the parse).');
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  log(`heap in use after the parser runs: ${heapMb.toFixed(0)} MB`);
  // Linear: the time per row at the larger count is within 2x of the time per row at 1k rows.
  const growth = (runs: readonly Measured[]) => runs[runs.length - 1]!.perThousand / runs[0]!.perThousand;
  const sessionRate = sessions[2]!.rate;
  const shareRate = shares[1]!.rate;
  return [
    target('net session throughput (100k rows)', `${sessionRate.toFixed(0)} MB/s`, '>= 200 MB/s', sessionRate >= 200),
    target('net session growth, per-row time 100k vs 1k', `${growth(sessions).toFixed(2)}x`, '<= 2x (linear)', growth(sessions) <= 2),
    target('net share throughput (10k shares)', `${shareRate.toFixed(0)} MB/s`, '>= 100 MB/s', shareRate >= 100),
    target('net share growth, per-share time 10k vs 1k', `${growth(shares).toFixed(2)}x`, '<= 2x (linear)', growth(shares) <= 2),
    target('net share NAME growth, per-line time 10k vs 1k', `${growth(shareDetails).toFixed(2)}x`, '<= 2x (linear)', growth(shareDetails) <= 2),
  ];
}
