import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

// Installer builds need downloads this machine cannot make; the configuration can still be loaded
// and validated against electron-builder's own schema, offline.
const projectDirectory = path.resolve(import.meta.dirname, '..');
const configFile = path.join(projectDirectory, 'build', 'electron-builder.yml');

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
});
