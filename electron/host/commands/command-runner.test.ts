import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CommandError } from './command-error';
import { createCommandRunner } from './command-runner';
import type { CommandLog } from './command-log';
import { writeScriptedPrograms, type Script } from './testing/scripted-programs';

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
const inCodePage = (text: string, codePage: number) => iconv.encode(text, codePage === 65001 ? 'utf8' : `cp${codePage}`);
const chcpReporting = (codePage: number) => ({ stdout: Buffer.from(`Active code page: ${codePage}\r\n`) });

function recordingLog(): CommandLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`) };
}

async function failureOf(promise: Promise<unknown>): Promise<CommandError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CommandError);
  return error as CommandError;
}

describe('command runner: decoding in the console code page of a child console', () => {
  const cases: [string, number, string][] = [
    ['US English (437)', 437, 'Es sind keine Einträge in der Liste. ÄÖÜ ß ░▒▓'],
    ['Western European (850)', 850, '  TCP    0.0.0.0:445            0.0.0.0:0              ABHÖREN         4'],
    ['Thai (874)', 874, 'ไม่มีรายการในรายการ'],
    ['Simplified Chinese (936)', 936, '共享名       资源                            注解\r\n命令成功完成。'],
    ['UTF-8 (65001, the "Beta: UTF-8" setting)', 65001, 'Der Befehl wurde erfolgreich ausgeführt. 命令成功完成。 ไทย'],
  ];

  it.each(cases)('decodes %s output once, from raw bytes', async (_name, codePage, text) => {
    const { binDirectory } = writeScriptedPrograms({
      chcp: chcpReporting(codePage),
      net: { stdout: inCodePage(crlf([text]), codePage) },
    });
    const runner = createCommandRunner({ binDirectory });
    const output = await runner.run('net', ['share']);
    expect(output.stdout).toBe(crlf([text]));
    expect(output.codePage).toBe(codePage);
    expect(await runner.consoleCodePage()).toEqual({ codePage, source: 'chcp' });
  });

  it('reads the code page number from localized chcp text written in that code page', async () => {
    const { binDirectory } = writeScriptedPrograms({
      chcp: { stdout: inCodePage('活动代码页: 936\r\n', 936) },
      net: { stdout: inCodePage('命令成功完成。\r\n', 936) },
    });
    const runner = createCommandRunner({ binDirectory });
    expect((await runner.run('net', ['share'])).stdout).toBe('命令成功完成。\r\n');
  });

  it('falls back to the OEMCP registry value when chcp cannot run', async () => {
    const reg = crlf(['', 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage', '    OEMCP    REG_SZ    850', '']);
    const { binDirectory, callsLog } = writeScriptedPrograms({ reg: { stdout: Buffer.from(reg) }, net: { stdout: inCodePage('ABHÖREN\r\n', 850) } });
    const runner = createCommandRunner({ binDirectory });
    expect((await runner.run('net', ['x'])).stdout).toBe('ABHÖREN\r\n');
    expect(await runner.consoleCodePage()).toEqual({ codePage: 850, source: 'registry' });
    expect(readFileSync(callsLog, 'utf8')).toContain('["reg","query","HKLM\\\\SYSTEM\\\\CurrentControlSet\\\\Control\\\\Nls\\\\CodePage","/v","OEMCP"]');
  });

  it('assumes 437 and says so in the log when neither chcp nor reg answers', async () => {
    const { binDirectory } = writeScriptedPrograms({ net: { stdout: inCodePage('Einträge\r\n', 437) } });
    const log = recordingLog();
    const runner = createCommandRunner({ binDirectory, log });
    expect((await runner.run('net', ['session'])).stdout).toBe('Einträge\r\n');
    expect(await runner.consoleCodePage()).toEqual({ codePage: 437, source: 'assumed' });
    expect(log.lines.some((line) => line.startsWith('warn console code page unknown'))).toBe(true);
  });

  it('detects the code page once for many commands', async () => {
    const { binDirectory, callsLog } = writeScriptedPrograms({ chcp: chcpReporting(437), net: { stdout: Buffer.from('ok\r\n') } });
    const runner = createCommandRunner({ binDirectory });
    await Promise.all([runner.run('net', ['session']), runner.run('net', ['share']), runner.run('net', ['file'])]);
    const calls = readFileSync(callsLog, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[]);
    expect(calls.filter(([program]) => program === 'chcp')).toHaveLength(1);
    expect(calls.filter(([program]) => program === 'net')).toHaveLength(3);
  });
});

describe('command runner: argv without a shell', () => {
  it('passes arguments with spaces and shell characters through untouched', async () => {
    const { binDirectory, callsLog } = writeScriptedPrograms({ chcp: chcpReporting(437), net: {} });
    const tricky = ['session', '\\\\PC & del C:\\*', 'a|b;c$(whoami)`id`', '"quoted" %PATH%', ''];
    await createCommandRunner({ binDirectory }).run('net', tricky);
    const calls = readFileSync(callsLog, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[]);
    expect(calls.find(([program]) => program === 'net')).toEqual(['net', ...tricky]);
  });

  it('refuses an argument with a NUL character before starting anything', async () => {
    const { binDirectory } = writeScriptedPrograms({ chcp: chcpReporting(437), net: {} });
    const error = await failureOf(createCommandRunner({ binDirectory }).run('net', ['session\0x']));
    expect(error.failure.kind).toBe('could-not-start');
  });
});

describe('command runner: typed, language-independent failures', () => {
  const english5 = crlf(['System error 5 has occurred.', '', 'Access is denied.', '']);
  const chinese5 = inCodePage(crlf(['发生系统错误 5。', '', '拒绝访问。', '']), 936);
  const helpmsg2114 = crlf(['The Server service is not started.', '', 'More help is available by typing NET HELPMSG 2114.', '']);
  const german53 = inCodePage(crlf(['Systemfehler 53 aufgetreten.', '', 'Der Netzwerkpfad wurde nicht gefunden.', '']), 850);

  const cases: [string, Script, number, object][] = [
    ['System error 5 in English', { net: { stderr: Buffer.from(english5), exitCode: 2 } }, 437, { kind: 'access-denied' }],
    ['System error 5 in Chinese (cp936)', { net: { stderr: chinese5, exitCode: 2 } }, 936, { kind: 'access-denied' }],
    ['the Server service stopped (NET HELPMSG 2114)', { net: { stderr: Buffer.from(helpmsg2114), exitCode: 2 } }, 437, { kind: 'server-service-stopped' }],
    ['another System error in German (cp850)', { net: { stderr: german53, exitCode: 2 } }, 850, { kind: 'system-error', code: 53 }],
    [
      'a non-zero exit without an error number',
      { net: { stderr: Buffer.from('ERROR: Invalid syntax.\r\n'), exitCode: 1 } },
      437,
      { kind: 'exit-code', exitCode: 1 },
    ],
  ];

  it.each(cases)('recognizes %s', async (_name, script, codePage, failure) => {
    const { binDirectory } = writeScriptedPrograms({ chcp: chcpReporting(codePage), ...script });
    const error = await failureOf(createCommandRunner({ binDirectory }).run('net', ['session']));
    expect(error.failure).toEqual(failure);
    expect(error.program).toBe('net');
    expect(error.args).toEqual(['session']);
    expect(error.exitCode).toBe(script.net?.exitCode);
    expect(`${error.stderr}${error.stdout}`.length).toBeGreaterThan(0);
  });

  it('accepts an exit code the caller declares as success', async () => {
    const { binDirectory } = writeScriptedPrograms({ chcp: chcpReporting(437), reg: { stderr: Buffer.from('ERROR: not found\r\n'), exitCode: 1 } });
    const output = await createCommandRunner({ binDirectory }).run('reg', ['query', 'HKLM\\X'], { okExitCodes: [0, 1] });
    expect(output.exitCode).toBe(1);
    expect(output.stderr).toBe('ERROR: not found\r\n');
  });

  it('reports a missing program with its absolute path', async () => {
    const { binDirectory } = writeScriptedPrograms({ chcp: chcpReporting(437) });
    const error = await failureOf(createCommandRunner({ binDirectory }).run('nbtstat', ['-s']));
    expect(error.failure).toEqual({ kind: 'program-missing', path: `${binDirectory}/nbtstat.exe` });
  });

  it('kills a command that hangs past its timeout', async () => {
    const { binDirectory } = writeScriptedPrograms({ chcp: chcpReporting(437), netstat: { delayMs: 60_000, stdout: Buffer.from('late') } });
    const started = Date.now();
    const error = await failureOf(createCommandRunner({ binDirectory }).run('netstat', ['-ano'], { timeoutMs: 500 }));
    expect(error.failure).toEqual({ kind: 'timed-out', timeoutMs: 500 });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('kills a command that floods its output past the cap', async () => {
    const { binDirectory } = writeScriptedPrograms({ chcp: chcpReporting(437), net: { floodBytes: 64 * 1024 * 1024 } });
    const runner = createCommandRunner({ binDirectory, maxOutputBytes: 1024 * 1024 });
    const error = await failureOf(runner.run('net', ['session']));
    expect(error.failure).toEqual({ kind: 'output-too-large', limitBytes: 1024 * 1024 });
  });
});

describe('command runner: a log line per call', () => {
  it('logs program, arguments, exit code and duration', async () => {
    const { binDirectory } = writeScriptedPrograms({ chcp: chcpReporting(437), net: { stdout: Buffer.from('x\r\n') } });
    const log = recordingLog();
    await createCommandRunner({ binDirectory, log }).run('net', ['session']);
    expect(log.lines).toEqual([
      expect.stringMatching(/^info chcp exit 0 in \d+ ms: console code page 437$/),
      expect.stringMatching(/^info net session exit 0 in \d+ ms, 3 bytes, code page 437$/),
    ]);
  });
});

describe('command runner: cancellation and concurrency', () => {
  it('stops a running command when its signal is aborted', async () => {
    const { binDirectory } = writeScriptedPrograms({ chcp: chcpReporting(437), net: { delayMs: 60_000 } });
    const controller = new AbortController();
    const pending = createCommandRunner({ binDirectory }).run('net', ['session'], { signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    const error = await failureOf(pending);
    expect(error.failure).toEqual({ kind: 'cancelled' });
  });

  it('starts the command while the code page is still being detected', async () => {
    const { binDirectory, callsLog } = writeScriptedPrograms({ chcp: { ...chcpReporting(437), delayMs: 500 }, net: { stdout: Buffer.from('ok') } });
    await createCommandRunner({ binDirectory }).run('net', ['session']);
    const times = (file: string) =>
      Object.fromEntries(
        readFileSync(file, 'utf8')
          .trim()
          .split('\n')
          .map((line) => line.split(' '))
          .map(([p, t]) => [p, Number(t)]),
      );
    expect(times(`${callsLog}.starts`).net).toBeLessThan(times(`${callsLog}.exits`).chcp);
  });
});
