// A module resolve hook (Node's Customization Hooks, registered with module.register:
// https://nodejs.org/api/module.html#customization-hooks) that answers the bare specifier `electron`
// with the recording stand-in, so the built ES module main process imports it in place of Electron.
// Every other specifier resolves as usual. On Node 20 these hooks see `import` only, not the
// `require` of a CommonJS file: the preload gets the stand-in from sandboxed-preload.mjs instead.

let standInUrl;

/** `data` is what module.register passed: { standInUrl }. */
export function initialize(data) {
  standInUrl = data.standInUrl;
}

export function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: standInUrl, format: 'module', shortCircuit: true };
  return nextResolve(specifier, context);
}
