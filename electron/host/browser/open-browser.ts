import { spawn } from 'node:child_process';
import path from 'node:path';
import { defaultSystem32Directory } from '../commands/windows-programs';

/**
 * Opens an address in the user's default browser: an argv array, never a shell. On Windows the URL
 * protocol handler of url.dll (rundll32) does what "start" does without cmd.exe; macOS has `open`,
 * desktop Linux `xdg-open`. Resolves false when the opener could not be started.
 */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const [file, args]: [string, string[]] =
    platform === 'win32'
      ? [path.win32.join(defaultSystem32Directory(env), 'rundll32.exe'), ['url.dll,FileProtocolHandler', url]]
      : platform === 'darwin'
        ? ['/usr/bin/open', [url]]
        : ['xdg-open', [url]];
  return new Promise((resolve) => {
    const child = spawn(file, args, { stdio: 'ignore', detached: true, windowsHide: true, shell: false });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}
