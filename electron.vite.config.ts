import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * `npm run dev` only: Vite's hot reload needs an inline preamble script and a websocket, which the
 * production policy in renderer/index.html forbids. Built files keep the strict policy untouched.
 */
function relaxContentSecurityPolicyForDevServer(): Plugin {
  return {
    name: 'workgroup-doctor:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
  };
}

// Custom layout: electron/main, electron/preload and renderer/ instead of electron-vite's src/ default.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: {
        entry: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // The fake Windows commands of demo mode, run by the app's own executable as Node.
          'fake-command': resolve(import.meta.dirname, 'electron/host/simulated-host/fake-command.ts'),
          // The workgroup-doctor command line, shipped in the app (bin\workgroup-doctor.cmd runs it).
          cli: resolve(import.meta.dirname, 'electron/cli/index.ts'),
        },
        formats: ['es'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or node_modules: one self-contained CommonJS file.
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'electron/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react(), relaxContentSecurityPolicyForDevServer()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      minify: true,
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
