import path from 'node:path';
import { format } from 'node:url';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './trusted-sender';

/** The URL Chromium reports for a page Electron's loadFile opened (url.format, then WHATWG canonical form). */
const loadedByElectron = (file: string) => new URL(format({ protocol: 'file', slashes: true, pathname: path.resolve(file) })).href;

describe('the trusted sender', () => {
  it.each([
    ['/opt/Workgroup Doctor/resources/app.asar/out/renderer/index.html'],
    ['/home/ana/Tools #2/Workgroup Doctor/out/renderer/index.html'],
    ['/home/ana/100% sure/out/renderer/index.html'],
    ['/home/ana/โปรแกรม/Arbeitsgruppe Ärzte/out/renderer/index.html'],
    ['/home/ana/a?b/out/renderer/index.html'],
  ])('trusts the app page installed under %s', (file) => {
    const sender = { frameUrl: loadedByElectron(file), isTopFrame: true, isAppWindow: true };
    expect(isTrustedSender(sender, pathToFileURL(file).href)).toBe(true);
  });

  it('trusts the app started from a network share (\\\\server\\share), and only from that share', () => {
    const expected = 'file://server/share/Workgroup%20Doctor/resources/app.asar/out/renderer/index.html';
    expect(
      isTrustedSender(
        { frameUrl: 'file://SERVER/share/Workgroup%20Doctor/resources/app.asar/out/renderer/index.html', isTopFrame: true, isAppWindow: true },
        expected,
      ),
    ).toBe(true);
    expect(
      isTrustedSender(
        { frameUrl: 'file://other/share/Workgroup%20Doctor/resources/app.asar/out/renderer/index.html', isTopFrame: true, isAppWindow: true },
        expected,
      ),
    ).toBe(false);
    expect(
      isTrustedSender(
        { frameUrl: 'file:///share/Workgroup%20Doctor/resources/app.asar/out/renderer/index.html', isTopFrame: true, isAppWindow: true },
        expected,
      ),
    ).toBe(false);
  });

  it('the old expectation, built with new URL("file://" + path), broke on "#" (the regression this guards)', () => {
    const file = '/home/ana/Tools #2/Workgroup Doctor/out/renderer/index.html';
    expect(isTrustedSender({ frameUrl: loadedByElectron(file), isTopFrame: true, isAppWindow: true }, new URL(`file://${file}`).href)).toBe(false);
  });

  it.each([
    ['another file', 'file:///home/ana/evil.html'],
    ['a page on the web', 'https://evil.example/out/renderer/index.html'],
    ['a file URL with another host', 'file://server/share/out/renderer/index.html'],
    ['no URL at all', 'not a url'],
  ])('refuses %s', (_name, frameUrl) => {
    expect(isTrustedSender({ frameUrl, isTopFrame: true, isAppWindow: true }, pathToFileURL('/opt/app/out/renderer/index.html').href)).toBe(false);
  });

  it('refuses a subframe or another window even on the app page', () => {
    const expected = pathToFileURL('/opt/app/out/renderer/index.html').href;
    expect(isTrustedSender({ frameUrl: expected, isTopFrame: false, isAppWindow: true }, expected)).toBe(false);
    expect(isTrustedSender({ frameUrl: expected, isTopFrame: true, isAppWindow: false }, expected)).toBe(false);
  });
});
