import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The process boundary, checked mechanically: shared/ runs in both processes and the CLI, so it
 * imports neither Node nor Electron; the renderer never reaches into the main process; the preload
 * imports only Electron and the shared contract. Tests and test helpers may use Node.
 */
const root = path.resolve(import.meta.dirname, '..');
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

function sourceFiles(directory: string): string[] {
  return readdirSync(path.join(root, directory), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(path.sep).includes('testing'));
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm),
  ];
  return specifiers.map((match) => match[1] ?? match[2] ?? match[3]!);
}

function resolvesInto(file: string, specifier: string, directory: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = path.relative(root, path.resolve(root, path.dirname(file), specifier));
  return target === directory || target.startsWith(`${directory}${path.sep}`);
}

describe('layering', () => {
  it('shared/ imports neither Node nor Electron, nor anything outside shared/', () => {
    const offences = sourceFiles('shared').flatMap((file) =>
      importsOf(file)
        .filter((s) => nodeBuiltins.has(s) || s === 'electron' || s.startsWith('electron/') || (s.startsWith('.') && !resolvesInto(file, s, 'shared')))
        .map((s) => `${file} imports ${s}`),
    );
    expect(offences).toEqual([]);
  });

  it('renderer/ never imports electron/, Electron or Node', () => {
    const offences = sourceFiles('renderer').flatMap((file) =>
      importsOf(file)
        .filter((s) => nodeBuiltins.has(s) || s === 'electron' || resolvesInto(file, s, 'electron'))
        .map((s) => `${file} imports ${s}`),
    );
    expect(offences).toEqual([]);
  });

  it('the preload imports only Electron and the shared contract', () => {
    const offences = sourceFiles(path.join('electron', 'preload')).flatMap((file) =>
      importsOf(file)
        .filter((s) => s !== 'electron' && !resolvesInto(file, s, path.join('shared', 'ipc')))
        .map((s) => `${file} imports ${s}`),
    );
    expect(offences).toEqual([]);
  });

  it('the host imports neither Electron nor the renderer, nor the front ends built on it', () => {
    const offences = sourceFiles(path.join('electron', 'host')).flatMap((file) =>
      importsOf(file)
        .filter(
          (s) =>
            s === 'electron' ||
            s.startsWith('electron/') ||
            ['renderer', path.join('electron', 'main'), path.join('electron', 'cli'), path.join('electron', 'preload')].some((d) => resolvesInto(file, s, d)),
        )
        .map((s) => `${file} imports ${s}`),
    );
    expect(offences).toEqual([]);
  });

  it('the window and the command line reach the host only through its entry, electron/host/index.ts', () => {
    const hostEntry = path.join('electron', 'host', 'index');
    const offences = [path.join('electron', 'main'), path.join('electron', 'cli')].flatMap((directory) =>
      sourceFiles(directory).flatMap((file) =>
        importsOf(file)
          .filter(
            (s) =>
              resolvesInto(file, s, path.join('electron', 'host')) &&
              path.relative(root, path.resolve(root, path.dirname(file), s)).replace(/\.ts$/, '') !== hostEntry &&
              path.relative(root, path.resolve(root, path.dirname(file), s)) !== path.join('electron', 'host'),
          )
          .map((s) => `${file} imports ${s}`),
      ),
    );
    expect(offences).toEqual([]);
  });

  it('finds the imports it checks (the check itself can fail)', () => {
    expect(importsOf(path.join('electron', 'host', 'commands', 'spawn-capture.ts'))).toContain('node:child_process');
    expect(importsOf(path.join('electron', 'main', 'index.ts'))).toContain('../host');
    expect(resolvesInto(path.join('electron', 'cli', 'x.ts'), '../host/commands/command-runner', path.join('electron', 'host'))).toBe(true);
    expect(sourceFiles('shared').length).toBeGreaterThan(3);
  });
});
