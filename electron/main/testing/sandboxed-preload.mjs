// Runs a built preload the way Electron runs it in a sandboxed renderer: one CommonJS file whose
// `require` knows only `electron` (the renderer modules) and the Node modules `events`, `timers` and
// `url`, with Buffer, a reduced `process`, setImmediate and clearImmediate as globals. A preload that
// needed anything else (a second file, a package, node:fs) fails here as it would in the window.
// https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts
import events from 'node:events';
import { readFileSync } from 'node:fs';
import timers from 'node:timers';
import url from 'node:url';
import vm from 'node:vm';

const SANDBOX_NODE_MODULES = { events, timers, url };

/**
 * Runs `preloadFile` with `electronForRenderer` as its `electron` module.
 * Returns the modules it asked for, in order (refused ones included).
 */
export function runSandboxedPreload(preloadFile, electronForRenderer) {
  const required = [];
  const sandboxRequire = (name) => {
    required.push(name);
    if (name === 'electron') return electronForRenderer;
    if (Object.hasOwn(SANDBOX_NODE_MODULES, name)) return SANDBOX_NODE_MODULES[name];
    throw new Error(`module not found: ${name}`);
  };
  const sandboxProcess = {
    platform: process.platform,
    arch: process.arch,
    env: {},
    argv: [],
    versions: process.versions,
    type: 'renderer',
    sandboxed: true,
    contextIsolated: true,
  };
  const module = { exports: {} };
  const parameters = ['require', 'process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', 'exports', 'module'];
  const preload = vm.compileFunction(readFileSync(preloadFile, 'utf8'), parameters, { filename: preloadFile });
  preload.call(module.exports, sandboxRequire, sandboxProcess, Buffer, globalThis, setImmediate, clearImmediate, module.exports, module);
  return required;
}
