import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { target, type TargetResult } from './measure';

/** What the window downloads: the built renderer's scripts and styles, gzipped. */
export function runBundleBench(rendererDirectory: string, log: (line: string) => void): TargetResult[] {
  const assets = path.join(rendererDirectory, 'assets');
  let raw = 0;
  let gzipped = 0;
  for (const file of readdirSync(assets).filter((name) => /\.(js|css)$/.test(name))) {
    const bytes = readFileSync(path.join(assets, file));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
    log(`${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`);
  }
  const kb = gzipped / 1024;
  return [target('renderer bundle, gzipped', `${kb.toFixed(1)} KB (${(raw / 1024).toFixed(0)} KB raw)`, '< 250 KB', kb < 250)];
}
