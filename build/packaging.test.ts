import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractAll, extractFile, getRawHeader, listPackage } from '@electron/asar';
import { describeBuiltAppWiring } from '../electron/main/testing/describe-built-wiring';
import type { FilesystemEntry } from '@electron/asar/lib/filesystem';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertNoNodeModulesAbove,
  BUILT_FILES,
  copyProductionNodeModules,
  describeResult,
  ensureBuilt,
  type FuseName,
  lockedTree,
  packageNameOf,
  projectDirectory,
  readFuses,
  readPackageJson,
  runProcess,
  writeStandInElectron,
} from './testing/packaging-fixtures';

// Installer builds need downloads this machine cannot make; the configuration can still be loaded
// and validated against electron-builder's own schema, offline.
const configFile = path.join(projectDirectory, 'build', 'electron-builder.yml');
const commandScript = path.join(projectDirectory, 'build', 'bin', 'workgroup-doctor.cmd');

// The fuses build/electron-builder.yml sets, and why, is said there.
const EXPECTED_FUSES: Record<FuseName, boolean> = {
  runAsNode: true,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: true,
};

// Processes that build or run the app are given minutes: on a slow, busy machine they are meant to
// finish, and the timeout only catches a hang.
const PROCESS_TIMEOUT = 5 * 60_000;

interface FileSetConfig {
  from: string;
  to: string;
  filter: string[];
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s schema validation', async () => {
    const config = await getConfig(projectDirectory, configFile, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds a Windows x64 NSIS installer and a portable exe that start without elevation', async () => {
    const config = await getConfig(projectDirectory, configFile, null);
    expect(config.appId).toBe('org.workgroupdoctor.app');
    expect(config.productName).toBe('Workgroup Doctor');
    expect(config.win?.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.win?.requestedExecutionLevel).toBe('asInvoker');
    expect((config.portable as { requestExecutionLevel?: string }).requestExecutionLevel).toBe('user');
  });

  it('ships the built main, preload and renderer, and the package’s entry point is among them', async () => {
    const config = await getConfig(projectDirectory, configFile, null);
    const patterns = (config.files as ({ filter?: string[] } | string)[]).flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])));
    expect(patterns).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**']));
    const packageJson = JSON.parse(readFileSync(path.join(projectDirectory, 'package.json'), 'utf8')) as { main: string };
    expect(packageJson.main).toBe('out/main/index.js');
  });

  it('rejects a configuration with an unknown option (the validation can fail)', async () => {
    const config = await getConfig(projectDirectory, configFile, null);
    await expect(validateConfiguration({ ...config, notAnOption: true } as never, new DebugLogger(false))).rejects.toThrow(/notAnOption|unknown property/i);
  });

  it('sets every fuse: no NODE_OPTIONS or --inspect, app.asar checked and the only place the app loads from, RunAsNode kept for the command line', async () => {
    const config = await getConfig(projectDirectory, configFile, null);
    expect(config.electronFuses).toEqual(EXPECTED_FUSES);
  });

  it('keeps the whole app inside app.asar (nothing unpacked), so the integrity check covers the command line too', async () => {
    const config = await getConfig(projectDirectory, configFile, null);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack ?? null).toBeNull();
    expect(config.win?.asarUnpack ?? null).toBeNull();
  });

  it('puts bin\\workgroup-doctor.cmd beside the Windows executable', async () => {
    const config = await getConfig(projectDirectory, configFile, null);
    expect(config.win?.extraFiles).toEqual([{ from: 'build/bin', to: 'bin', filter: ['workgroup-doctor.cmd'] }]);
    expect(existsSync(commandScript)).toBe(true);
  });

  it('bin\\workgroup-doctor.cmd runs the app’s own executable as Node on the command line inside app.asar, and returns its exit status', () => {
    const text = readFileSync(commandScript, 'latin1');
    // CRLF throughout: cmd.exe misreads LF-only scripts.
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const commands = text.split('\r\n').filter((line) => line !== '' && !/^rem\b/i.test(line));
    expect(commands).toEqual([
      '@echo off',
      'setlocal',
      'set ELECTRON_RUN_AS_NODE=1',
      'set ELECTRON_NO_ASAR=',
      // electron-builder names the Windows executable after productName; cli.js is electron-vite's
      // `cli` entry in out/main, which the package test below finds in app.asar.
      '"%~dp0..\\Workgroup Doctor.exe" "%~dp0..\\resources\\app.asar\\out\\main\\cli.js" %*',
      'exit /b %ERRORLEVEL%',
    ]);
  });
});

// electron-builder is started by its own command line, as `npm run package` does. Only when that
// command cannot start at all are the package tests skipped; any failure after that fails them.
const builderCli = path.join(projectDirectory, 'node_modules', 'electron-builder', 'cli.js');
const builderProbe = spawnSync(process.execPath, [builderCli, '--version'], { cwd: projectDirectory, encoding: 'utf8' });
const builderCannotStart =
  builderProbe.error !== undefined
    ? `electron-builder cannot start: ${builderProbe.error.message}`
    : builderProbe.status !== 0
      ? `electron-builder cannot start ("node ${path.relative(projectDirectory, builderCli)} --version" exited with ${builderProbe.status ?? builderProbe.signal}): ${(builderProbe.stderr || builderProbe.stdout).trim().split('\n')[0] ?? ''}`
      : null;
if (builderCannotStart !== null) process.stderr.write(`build/packaging.test.ts: skipping the package tests: ${builderCannotStart}\n`);

describe.skipIf(builderCannotStart !== null)(
  `the package electron-builder makes${builderCannotStart === null ? '' : ` (skipped: ${builderCannotStart})`}`,
  () => {
    const packageJson = readPackageJson();
    const tree = lockedTree();
    let work = '';
    let appOutDir = '';
    let asarPath = '';
    let entries: string[] = [];

    // The Electron runtime cannot be downloaded here, so a Linux --dir build on a stand-in executable
    // (electronDist) makes the same app.asar a Windows build makes, and runs electron-builder's fuse step
    // on it. The Windows build itself stops at addWinAsarIntegrity, which needs the real .exe. The Linux
    // build is also given the Windows build's extraFiles entry, to show where electron-builder puts it.
    beforeAll(async () => {
      await ensureBuilt();
      work = mkdtempSync(path.join(os.tmpdir(), 'wgd-package-'));
      const electronDist = path.join(work, 'electron-dist');
      mkdirSync(electronDist);
      writeStandInElectron(path.join(electronDist, 'electron'));
      const config = await getConfig(projectDirectory, configFile, null);
      const [commandLine] = config.win?.extraFiles as FileSetConfig[];
      const output = path.join(work, 'dist');
      const result = await runProcess(
        process.execPath,
        [
          builderCli,
          '--dir',
          '--linux',
          '--config',
          configFile,
          `-c.electronDist=${electronDist}`,
          `-c.directories.output=${output}`,
          // Nothing to compile (no native modules), and no reason to let the rebuild reach the network.
          '-c.npmRebuild=false',
          `-c.linux.extraFiles.from=${commandLine!.from}`,
          `-c.linux.extraFiles.to=${commandLine!.to}`,
          ...commandLine!.filter.map((pattern) => `-c.linux.extraFiles.filter=${pattern}`),
        ],
        { cwd: projectDirectory },
      );
      if (result.code !== 0) throw new Error(`electron-builder failed: ${describeResult(result)}`);
      appOutDir = path.join(output, 'linux-unpacked');
      asarPath = path.join(appOutDir, 'resources', 'app.asar');
      entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replaceAll('\\', '/').replace(/^\/?/, ''));
    }, PROCESS_TIMEOUT);

    afterAll(() => {
      if (work !== '') rmSync(work, { recursive: true, force: true });
    });

    it('holds the built app, package.json and every production dependency', () => {
      expect(entries).toEqual(expect.arrayContaining([...BUILT_FILES, 'package.json']));
      for (const name of Object.keys(packageJson.dependencies)) expect(entries).toContain(`node_modules/${name}/package.json`);
      // The whole tree they need: each required production package of package-lock.json, at any depth.
      const packagedNames = new Set(
        entries
          .filter((entry) => /(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(entry))
          .map((entry) => packageNameOf(entry.slice(0, -'/package.json'.length))),
      );
      for (const folder of tree.required) expect(packagedNames, folder).toContain(packageNameOf(folder));
      expect(JSON.parse(extractFile(asarPath, 'package.json').toString('utf8'))).toMatchObject({
        name: packageJson.name,
        version: packageJson.version,
        main: 'out/main/index.js',
        type: 'module',
      });
    });

    it('leaves out sources, tests, source maps, test reports, out/node and the development tools', () => {
      const ownFiles = entries.filter((entry) => !entry.startsWith('node_modules/'));
      expect(ownFiles.filter((entry) => /\.(ts|tsx|mts|cts)$/.test(entry))).toEqual([]);
      expect(
        ownFiles.filter((entry) => /^(electron|shared|renderer|e2e|build|src|test-results|playwright-report|out\/test-reports|out\/node)(\/|$)/.test(entry)),
      ).toEqual([]);
      expect(ownFiles.filter((entry) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(entry))).toEqual([]);
      expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
      // Packages only development needs: a devDependency that a production package also requires (the
      // ICU parser under intl-messageformat) is production.
      const requiredNames = new Set(tree.required.map(packageNameOf));
      const developmentTools = new Set([...Object.keys(packageJson.devDependencies), ...tree.developmentOnlyNames].filter((name) => !requiredNames.has(name)));
      for (const name of ['electron', 'vite', 'vitest', 'esbuild', 'playwright', 'typescript', 'eslint', 'electron-builder', 'electron-vite'])
        expect(developmentTools).toContain(name);
      const packagedTools = entries.filter((entry) => {
        const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(entry);
        return match !== null && developmentTools.has(match[1]!);
      });
      expect(packagedTools).toEqual([]);
    });

    it('keeps everything inside app.asar with a hash for each file, which the integrity check needs', () => {
      expect(existsSync(`${asarPath}.unpacked`)).toBe(false);
      const files: { file: string; entry: FilesystemEntry }[] = [];
      const walk = (folder: string, entry: FilesystemEntry): void => {
        if ('files' in entry) for (const [name, child] of Object.entries(entry.files)) walk(folder === '' ? name : `${folder}/${name}`, child);
        else files.push({ file: folder, entry });
      };
      walk('', getRawHeader(asarPath).header);
      expect(files.length).toBeGreaterThan(BUILT_FILES.length);
      const withoutHash = files
        .filter(({ entry }) => !('integrity' in entry) || entry.integrity?.algorithm !== 'SHA256' || entry.unpacked === true)
        .map(({ file }) => file);
      expect(withoutHash).toEqual([]);
    });

    it('flips the executable’s fuses as configured', () => {
      // electron-builder names the Linux executable after the package; on Windows it is "Workgroup Doctor.exe".
      expect(readFuses(path.join(appOutDir, packageJson.name))).toEqual(EXPECTED_FUSES);
    });

    it('puts bin/workgroup-doctor.cmd beside the executable, byte for byte (the Windows extraFiles entry)', () => {
      expect(readFileSync(path.join(appOutDir, 'bin', 'workgroup-doctor.cmd'))).toEqual(readFileSync(commandScript));
      expect(existsSync(path.join(appOutDir, packageJson.name))).toBe(true);
    });

    it(
      'runs the packaged command line with only the production dependencies packaged beside it',
      async () => {
        const extracted = path.join(work, 'extracted');
        extractAll(asarPath, extracted);
        assertNoNodeModulesAbove(extracted);
        const dataDirectory = path.join(work, 'data');
        const result = await runProcess(
          process.execPath,
          [path.join(extracted, 'out', 'main', 'cli.js'), 'diagnose', '--scenario', 'xp-print-host-at-limit', '--json'],
          {
            cwd: work,
            env: withoutNodeLookups({ WORKGROUP_DOCTOR_DATA_DIR: dataDirectory }),
          },
        );
        // 4: diagnose found a problem (the PC is at its limit).
        expect(result.code, describeResult(result)).toBe(4);
        expectDiagnosisAtLimit(result.stdout);
      },
      PROCESS_TIMEOUT,
    );

    // The same wiring checks as for out/, on the bundles as packaged: main, preload and renderer from
    // the extracted app.asar, with only its own production dependencies.
    describeBuiltAppWiring('the packaged app (app.asar, extracted)', () => {
      const extracted = path.join(work, 'extracted-for-wiring');
      extractAll(asarPath, extracted);
      assertNoNodeModulesAbove(extracted);
      return extracted;
    });
  },
);

// `npm ci && npm run build && npm prune --omit=dev`, without the network: the built out/, the bin
// script and the production tree of package-lock.json copied into a folder of their own.
describe('the command line after a production-only install', () => {
  let work = '';

  beforeAll(async () => {
    await ensureBuilt();
    work = mkdtempSync(path.join(os.tmpdir(), 'wgd-production-'));
  }, PROCESS_TIMEOUT);

  afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  function productionInstall(name: string, extraFolders: string[]): string {
    const root = path.join(work, name);
    mkdirSync(root);
    cpSync(path.join(projectDirectory, 'package.json'), path.join(root, 'package.json'));
    for (const folder of ['out/main', 'out/preload', 'out/renderer', ...extraFolders])
      cpSync(path.join(projectDirectory, folder), path.join(root, folder), { recursive: true });
    for (const file of ['electron/cli/workgroup-doctor.mjs', 'electron/cli/typescript-launcher.mjs'])
      cpSync(path.join(projectDirectory, file), path.join(root, file));
    copyProductionNodeModules(root);
    assertNoNodeModulesAbove(root);
    // The development tools are really gone, the bundler first of all.
    for (const tool of ['esbuild', 'electron-vite', 'vite', 'electron', 'vitest']) expect(existsSync(path.join(root, 'node_modules', tool)), tool).toBe(false);
    return root;
  }

  async function diagnose(root: string): Promise<void> {
    const result = await runProcess(
      process.execPath,
      [path.join(root, 'electron', 'cli', 'workgroup-doctor.mjs'), 'diagnose', '--scenario', 'xp-print-host-at-limit', '--json'],
      {
        cwd: root,
        env: withoutNodeLookups({ WORKGROUP_DOCTOR_DATA_DIR: path.join(root, 'data') }),
      },
    );
    // 4: diagnose found a problem (the PC is at its limit).
    expect(result.code, describeResult(result)).toBe(4);
    expectDiagnosisAtLimit(result.stdout);
    // No bundler ran: the development launcher's output folder was never made.
    expect(existsSync(path.join(root, 'out', 'node'))).toBe(false);
  }

  it(
    'runs the built command line from out/main with nothing but electron/cli’s two launchers and the production tree',
    async () => {
      await diagnose(productionInstall('launchers-only', []));
    },
    PROCESS_TIMEOUT,
  );

  it(
    'runs it too in a pruned clone, where the sources are still there but esbuild is gone',
    async () => {
      await diagnose(productionInstall('pruned-clone', ['electron', 'shared']));
    },
    PROCESS_TIMEOUT,
  );
});

/** The test's environment without the variables that could let Node find packages elsewhere. */
function withoutNodeLookups(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ['NODE_PATH', 'NODE_OPTIONS', 'ELECTRON_RUN_AS_NODE']) delete env[name];
  return env;
}

function expectDiagnosisAtLimit(stdout: string): void {
  const diagnosis = JSON.parse(stdout) as { limit: { max: number }; sessions: { total: number }; findings: { id: string }[] };
  expect(diagnosis.findings.map((finding) => finding.id)).toContain('limit-reached');
  expect(diagnosis.sessions.total).toBe(diagnosis.limit.max);
}
