// Helpers for build/packaging.test.ts: the built app (npm run build), child processes, the
// dependency trees of package-lock.json, and a stand-in Electron executable that carries a fuse wire.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const projectDirectory = path.resolve(import.meta.dirname, '..', '..');

interface PackageJson {
  name: string;
  version: string;
  main: string;
  type?: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

export function readPackageJson(directory = projectDirectory): PackageJson {
  return JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as PackageJson;
}

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end, without a time limit of its own (the test's timeout is the limit). */
export function runProcess(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; shell?: boolean }): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], shell: options.shell ?? false });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
  });
}

export function describeResult(result: ProcessResult): string {
  return `exit ${result.code ?? result.signal}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`;
}

// What `npm run build` (electron-vite) must have produced for the package and the command line.
export const BUILT_FILES = ['out/main/index.js', 'out/main/cli.js', 'out/main/fake-command.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const BUILD_INPUT_FOLDERS = ['electron', 'shared', 'renderer'];
const BUILD_INPUT_FILES = ['package.json', 'package-lock.json', 'electron.vite.config.ts', 'tsconfig.base.json', 'tsconfig.node.json', 'tsconfig.web.json'];

function newestInputTime(): number {
  let newest = 0;
  for (const file of BUILD_INPUT_FILES) newest = Math.max(newest, statSync(path.join(projectDirectory, file)).mtimeMs);
  for (const folder of BUILD_INPUT_FOLDERS) {
    for (const entry of readdirSync(path.join(projectDirectory, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function whyBuildIsNeeded(): string | null {
  const outputTimes: number[] = [];
  for (const file of BUILT_FILES) {
    const absolute = path.join(projectDirectory, file);
    if (!existsSync(absolute)) return `${file} is missing`;
    outputTimes.push(statSync(absolute).mtimeMs);
  }
  return Math.min(...outputTimes) < newestInputTime() ? 'a source is newer than out/' : null;
}

/** Runs `npm run build` when out/ is missing or older than a source; otherwise uses out/ as it is. */
export async function ensureBuilt(): Promise<void> {
  const reason = whyBuildIsNeeded();
  if (reason === null) return;
  process.stderr.write(`packaging test: running "npm run build" (${reason})\n`);
  // npm is npm.cmd on Windows, which Node starts only through a shell.
  const windows = process.platform === 'win32';
  const result = await runProcess(windows ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: projectDirectory, shell: windows });
  if (result.code !== 0) throw new Error(`npm run build failed: ${describeResult(result)}`);
  const still = whyBuildIsNeeded();
  if (still !== null) throw new Error(`npm run build left out/ incomplete: ${still}`);
}

interface LockedPackage {
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  link?: boolean;
}

export interface LockedTree {
  /** Package folders (`node_modules/a`, `node_modules/a/node_modules/b`) that `npm ci --omit=dev` installs. */
  production: string[];
  /** The subset a production install cannot do without: neither dev nor devOptional. */
  required: string[];
  /** Package names that occur only as development packages. */
  developmentOnlyNames: Set<string>;
}

export function packageNameOf(folder: string): string {
  return folder.slice(folder.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/**
 * The production tree as package-lock.json records it. npm's `--omit=dev` drops packages marked `dev`
 * and keeps those marked `devOptional` (an optional peer of a production package that a
 * devDependency also installs, e.g. typescript for valibot), so `production` keeps them too.
 */
export function lockedTree(): LockedTree {
  const lock = JSON.parse(readFileSync(path.join(projectDirectory, 'package-lock.json'), 'utf8')) as {
    lockfileVersion: number;
    packages: Record<string, LockedPackage>;
  };
  if (lock.lockfileVersion < 2) throw new Error(`package-lock.json version ${lock.lockfileVersion} has no "packages" section`);
  const entries = Object.entries(lock.packages).filter(([folder]) => folder !== '');
  for (const [folder, entry] of entries) if (entry.link === true) throw new Error(`${folder} is a link; the production tree below cannot copy it`);
  const production = entries.filter(([, entry]) => entry.dev !== true).map(([folder]) => folder);
  const required = entries.filter(([, entry]) => entry.dev !== true && entry.devOptional !== true).map(([folder]) => folder);
  const productionNames = new Set(production.map(packageNameOf));
  const developmentOnlyNames = new Set(
    entries
      .filter(([, entry]) => entry.dev === true)
      .map(([folder]) => packageNameOf(folder))
      .filter((name) => !productionNames.has(name)),
  );
  return { production, required, developmentOnlyNames };
}

/**
 * Copies the production tree from this checkout's node_modules into `destination`/node_modules, each
 * package without its own nested node_modules (those are copied as packages of their own, when they
 * are production packages). Copies, never links: Node would follow a link back into the full tree.
 */
export function copyProductionNodeModules(destination: string, tree = lockedTree()): void {
  const lock = JSON.parse(readFileSync(path.join(projectDirectory, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
  for (const folder of tree.production) {
    const source = path.join(projectDirectory, folder);
    if (!existsSync(source)) {
      if (lock.packages[folder]?.optional === true) continue; // an optional package for another platform
      throw new Error(`${folder} is in package-lock.json but not installed; run "npm ci" in the main checkout`);
    }
    const nested = path.join(source, 'node_modules');
    cpSync(source, path.join(destination, folder), { recursive: true, dereference: true, filter: (file) => file !== nested });
  }
}

/** Fails when a node_modules folder above `directory` could lend the code under test a package. */
export function assertNoNodeModulesAbove(directory: string): void {
  for (let folder = path.dirname(directory); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'node_modules');
    if (existsSync(candidate)) throw new Error(`${candidate} exists, so Node could resolve packages from it; choose another TMPDIR`);
    if (path.dirname(folder) === folder) return;
  }
}

// Electron's fuse wire (Electron docs, "Electron Fuses"; @electron/fuses): the sentinel, a version
// byte (1), a length byte, then one byte per fuse in this order, '1' on and '0' off.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
export type FuseName = (typeof FUSE_ORDER)[number];
// Electron's defaults, as the "Electron Fuses" page lists them.
const ELECTRON_DEFAULT_FUSES: Record<FuseName, boolean> = {
  runAsNode: true,
  enableCookieEncryption: false,
  enableNodeOptionsEnvironmentVariable: true,
  enableNodeCliInspectArguments: true,
  enableEmbeddedAsarIntegrityValidation: false,
  onlyLoadAppFromAsar: false,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: true,
};

/**
 * A stand-in for the Electron executable, which cannot be downloaded here: a shell script that
 * carries Electron's fuse wire with Electron's default settings, so electron-builder's real fuse
 * step (@electron/fuses) has the bytes to flip and the test can read what it wrote.
 */
export function writeStandInElectron(file: string): void {
  const wire = FUSE_ORDER.map((name) => (ELECTRON_DEFAULT_FUSES[name] ? '1' : '0')).join('');
  const content = Buffer.concat([
    Buffer.from(`#!/bin/sh\nexit 0\n# ${FUSE_SENTINEL}`, 'latin1'),
    Buffer.from([1, FUSE_ORDER.length]),
    Buffer.from(`${wire}\n`, 'latin1'),
  ]);
  writeFileSync(file, content, { mode: 0o755 });
}

export function readFuses(file: string): Record<FuseName, boolean> {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(FUSE_SENTINEL, 0, 'latin1');
  if (at < 0) throw new Error(`${file} has no fuse wire`);
  const wire = at + FUSE_SENTINEL.length;
  if (bytes[wire] !== 1) throw new Error(`${file}: fuse wire version ${bytes[wire]}, expected 1`);
  if (bytes[wire + 1] !== FUSE_ORDER.length) throw new Error(`${file}: ${bytes[wire + 1]} fuses, expected ${FUSE_ORDER.length}`);
  const state = (index: number): boolean => {
    const value = String.fromCharCode(bytes[wire + 2 + index]!);
    if (value !== '0' && value !== '1') throw new Error(`${file}: fuse ${FUSE_ORDER[index]} is ${JSON.stringify(value)}`);
    return value === '1';
  };
  return Object.fromEntries(FUSE_ORDER.map((name, index) => [name, state(index)])) as Record<FuseName, boolean>;
}
