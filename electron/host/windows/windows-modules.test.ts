import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationCommand, type FixOperation } from '../../../shared/fixes/fix-operation';
import { ALLOWED_VALUES } from '../../../shared/fixes/registry-allowlist';
import { LSA_KEY, PRINTER_ATTRIBUTES_VALUE, printerKey } from '../../../shared/windows/registry-keys';
import { builtInScenario } from '../../../shared/simulated-host/scenarios';
import { CommandError } from '../commands/command-error';
import type { CommandRunner } from '../commands/command-runner';
import { runOperation } from '../fixes/run-operation';
import { simulatedPc } from '../simulated-host/testing/host-fixture';
import * as net from './net';
import * as powershell from './powershell';
import * as printui from './printui';
import * as reg from './reg';

/** A runner that notes every command line before passing it on. */
function noting(runner: CommandRunner) {
  const ran: string[][] = [];
  const wrapped: CommandRunner = {
    consoleCodePage: () => runner.consoleCodePage(),
    run: (program, args, options) => (ran.push([program, ...args]), runner.run(program, args, options)),
  };
  return { ran, runner: wrapped };
}

describe('reg', () => {
  it('a value that is not there is null; a key that cannot be read is an error', async () => {
    const { runner } = await simulatedPc(builtInScenario('win10-office-near-limit')!);
    expect((await reg.queryValue(runner, LSA_KEY, 'RESTRICTANONYMOUS'))?.data).toBe(0);
    expect(await reg.queryValue(runner, LSA_KEY, 'NoSuchValue')).toBeNull();
    await expect(reg.queryValue(runner, 'HKLM\\SOFTWARE\\No\\Such\\Key', 'x')).rejects.toBeInstanceOf(CommandError);
  });

  it('writes and removes only allowlisted values, with data the allowlist allows', async () => {
    const { runner } = await simulatedPc(builtInScenario('win10-office-near-limit')!);
    const { key, name } = ALLOWED_VALUES.restrictNullSessAccess;
    await reg.deleteValue(runner, 'restrictNullSessAccess');
    expect(await reg.queryValue(runner, key, name)).toBeNull();
    await reg.addValue(runner, 'restrictNullSessAccess', 1);
    expect((await reg.queryValue(runner, key, name))?.data).toBe(1);
    const { ran, runner: watched } = noting(runner);
    await expect(reg.addValue(watched, 'restrictAnonymous', 3)).rejects.toThrow(/may not be set to 3/);
    expect(ran).toEqual([]);
  });
});

describe('net', () => {
  it('lists, ends one session, closes one file, and sets the idle time', async () => {
    const { runner } = await simulatedPc(builtInScenario('win10-office-near-limit')!);
    const before = await net.listSessions(runner);
    await net.deleteSession(runner, '192.168.10.101');
    expect((await net.listSessions(runner)).map((session) => session.computer)).toEqual(
      before.map((session) => session.computer).filter((computer) => computer !== '192.168.10.101'),
    );
    const file = (await net.listOpenFiles(runner))[0]!;
    await net.closeFile(runner, file.id);
    expect((await net.listOpenFiles(runner)).some((open) => open.id === file.id)).toBe(false);
    await net.setAutodisconnect(runner, 20);
    expect((await reg.queryValue(runner, ALLOWED_VALUES.autodisconnect.key, 'autodisconnect'))?.data).toBe(20);
    // net reports a session that does not exist with System error 2312: a client already gone is what
    // ending its session wanted (the step's check reads the list again); any other failure still throws.
    await expect(net.deleteSession(runner, '192.168.99.99')).resolves.toBeUndefined();
    await expect(net.closeFile(runner, 4242)).rejects.toMatchObject({ failure: { kind: 'system-error', code: 2314 } });
  });
});

describe('printers', () => {
  const shared = async (runner: CommandRunner, printer: string) =>
    ((await reg.queryValue(runner, printerKey(printer), PRINTER_ATTRIBUTES_VALUE))!.data as number) & 0x8;

  it('Set-Printer on Windows 10, read back from the spooler', async () => {
    const { runner } = await simulatedPc(builtInScenario('win10-client-shares-printer')!);
    expect((await powershell.getPrinters(runner)).find((printer) => printer.name === 'Canon PIXMA TS5150')).toMatchObject({ shared: true, shareName: 'Canon' });
    await powershell.setPrinterShared(runner, 'Canon PIXMA TS5150', false, 'Canon');
    expect(await shared(runner, 'Canon PIXMA TS5150')).toBe(0);
    await powershell.setPrinterShared(runner, 'Canon PIXMA TS5150', true, 'Canon');
    expect((await powershell.getPrinters(runner)).find((printer) => printer.name === 'Canon PIXMA TS5150')).toMatchObject({ shared: true, shareName: 'Canon' });
  });

  it('printui.dll on Windows XP, which has no PowerShell', async () => {
    const { runner } = await simulatedPc(builtInScenario('xp-home-full')!);
    await printui.setPrinterShared(runner, 'EPSON Stylus', false, 'Epson');
    expect(await shared(runner, 'EPSON Stylus')).toBe(0);
    await printui.setPrinterShared(runner, 'EPSON Stylus', true, 'Epson');
    expect(await shared(runner, 'EPSON Stylus')).toBe(8);
    await expect(powershell.getPrinters(runner)).rejects.toMatchObject({ failure: { kind: 'program-missing' } });
  });
});

describe('each command line is defined once', () => {
  it('what the host runs for an operation is the line the plan shows for it', async () => {
    const { runner } = await simulatedPc(builtInScenario('win10-client-shares-printer')!);
    const operations: FixOperation[] = [
      { kind: 'export-key', key: LSA_KEY, file: path.join(mkdtempSync(path.join(tmpdir(), 'wgd-export-')), 'lsa.reg') },
      { kind: 'set-value', value: 'restrictAnonymous', data: 1 },
      { kind: 'delete-value', value: 'restrictAnonymousSam' },
      { kind: 'set-printer-shared', tool: 'set-printer', printer: 'Canon PIXMA TS5150', shared: false, shareName: 'Canon' },
      { kind: 'set-printer-shared', tool: 'printui', printer: 'Canon PIXMA TS5150', shared: true, shareName: 'Canon' },
      { kind: 'set-autodisconnect', minutes: 30 },
      { kind: 'close-file', fileId: 4242 },
      { kind: 'end-session', computer: '\\\\OFFICE-PC' },
    ];
    for (const operation of operations) {
      const { ran, runner: watched } = noting(runner);
      await runOperation(watched, operation).catch((error: unknown) => {
        // The client has no such file or session: the line still ran, and was refused by net.
        if (!(error instanceof CommandError)) throw error;
      });
      const shown = operationCommand(operation);
      expect(ran, operation.kind).toEqual([[shown.program, ...shown.args]]);
    }
  });
});
