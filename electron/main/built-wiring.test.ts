import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { describeBuiltAppWiring } from './testing/describe-built-wiring';
import { installBuiltAppCopy } from './testing/install-built-app-copy';

// The built bundles (out/, built once by vitest.global-setup.ts), not the sources: what Electron
// would load. The Electron binary cannot run here, so a recording stand-in plays Electron's part.
const checkout = path.resolve(import.meta.dirname, '..', '..');
const copies: string[] = [];

describeBuiltAppWiring('the checkout after npm run build', () => checkout);

// An install folder the user chose: "#" once made every call untrusted, and "%20" is a space to
// Chromium, so a folder named like a URL-encoded download ("Workgroup%20Doctor") loaded no page.
describeBuiltAppWiring('installed under a folder with #, %, %20, spaces and non-Latin letters', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'wgd-wiring-install-'));
  copies.push(root);
  return installBuiltAppCopy(checkout, path.join(root, 'Tools #2', '100% Ärzte โปรแกรม', 'Workgroup%20Doctor'));
});

afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});
