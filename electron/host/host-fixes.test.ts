import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { undoCommands } from '../../shared/fixes/fix-plan';
import type { ApplyResponse, FixProgressEvent } from '../../shared/ipc/contract';
import { LANMAN_SERVER_PARAMETERS_KEY, LSA_KEY, findKey, findValue, withRegistryValue } from '../../shared/simulated-host/host-registry';
import type { Scenario } from '../../shared/simulated-host/scenario';
import { builtInScenario } from '../../shared/simulated-host/scenarios';
import { dataFolderAt } from './data-folder';
import { createHost } from './host';
import { fakeCommandModule } from './simulated-host/testing/host-fixture';

const scenario = (id: string) => builtInScenario(id)!;
const silent = { info: () => {}, warn: () => {} };

/**
 * Fixes through the host API on a simulated PC, through real child processes, after the scan the user
 * "saw". makeService() is the app started again on the same data folder.
 */
async function setUp(pc: Scenario, options: { timeoutMs?: number; dataDirectory?: string; now?: () => Date } = {}) {
  const dataDirectory = options.dataDirectory ?? mkdtempSync(path.join(tmpdir(), 'wgd-fix-data-'));
  const progress: FixProgressEvent[] = [];
  const module = await fakeCommandModule();
  const makeService = () =>
    createHost({
      version: '0.0.0-test',
      platform: process.platform,
      env: process.env,
      log: silent,
      dataFolder: dataFolderAt(dataDirectory),
      machine: { kind: 'simulated', demoReason: 'requested', scenarios: [pc], keepState: true },
      fakeCommandModule: module,
      nodeExecutable: process.execPath,
      emit: (event, payload) => event === 'fixProgress' && progress.push(payload as FixProgressEvent),
      ...(options.timeoutMs ? { commandTimeoutMs: options.timeoutMs } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
  const service = makeService();
  await service.scan({ role: pc.role });
  const simulated = service.simulated()!;
  return { host: simulated.host, dataDirectory: simulated.folder.root, progress, service, makeService };
}

const registryValue = (state: Scenario, key: string, name: string) => {
  const found = findKey(state, key);
  return found ? (findValue(found.values, name)?.[1].data ?? null) : null;
};

function ran(response: ApplyResponse) {
  if (response.kind !== 'ran') throw new Error(`refused: ${JSON.stringify(response.refusal)}`);
  return response;
}

describe('Method 1 on the XP print host', () => {
  it('backs up, sets RestrictAnonymous to 1, records it, verifies, and undoes it', async () => {
    const pc = scenario('xp-print-host-at-limit');
    const { host, service, dataDirectory } = await setUp(pc);
    const plan = service.plan({ action: 'method-1' });
    expect(plan.kind === 'plan' && plan.plan.steps.map((s) => s.command.args)).toEqual([
      ['add', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa', '/v', 'RestrictAnonymous', '/t', 'REG_DWORD', '/d', '1', '/f'],
    ]);
    expect(registryValue(host.state(), LSA_KEY, 'restrictanonymous')).toBe(0);

    const result = ran(await service.apply({ action: 'method-1' }, 'host'));
    expect(result.entry.status).toBe('applied');
    expect(registryValue(host.state(), LSA_KEY, 'restrictanonymous')).toBe(1);
    // The journal records the change as facts: the allowlisted value, its data before and after.
    expect(result.entry.change).toEqual({
      action: 'method-1',
      values: [{ key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa', name: 'RestrictAnonymous', before: 0, after: 1 }],
    });
    expect(result.entry.steps).toMatchObject([{ state: 'done' }]);
    // The .reg backup is written as reg.exe writes it: UTF-16 with a byte-order mark.
    const backup = readFileSync(path.join(dataDirectory, 'backups', result.entry.backupFiles[0]!));
    expect([...backup.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(backup.subarray(2).toString('utf16le')).toContain('"restrictanonymous"=dword:00000000');
    expect(result.before.diagnosis.findings.map((f) => f.id)).toContain('restrict-anonymous-off');
    expect(result.after.diagnosis.findings.map((f) => f.id)).not.toContain('restrict-anonymous-off');
    expect(JSON.parse(readFileSync(path.join(dataDirectory, 'journal.json'), 'utf8')).entries).toHaveLength(1);

    const undone = await service.undo(result.entry.id, 'host');
    expect(undone.kind === 'ran' && undone.entries.map((e) => e.status)).toEqual(['undone']);
    expect(registryValue(host.state(), LSA_KEY, 'restrictanonymous')).toBe(0);
    expect(await service.changes()).toMatchObject({ kind: 'ok', entries: [{ id: result.entry.id, status: 'undone' }], changeRunning: false });
  });

  it('writes the backup files the plan showed, though apply plans again later', async () => {
    // A clock a second further on at every reading: the plan and the apply are never at the same moment.
    let seconds = 0;
    const { service, dataDirectory } = await setUp(scenario('xp-print-host-at-limit'), { now: () => new Date(Date.UTC(2026, 4, 4, 9, 0, seconds++)) });
    const plan = service.plan({ action: 'method-1' });
    if (plan.kind !== 'plan') throw new Error('no plan');
    const shown = plan.plan.backup.map((backup) => (backup.operation.kind === 'export-key' ? path.basename(backup.operation.file) : ''));
    expect(shown).toEqual(['2026-05-04T09-00-00-000Z-lsa.reg', '2026-05-04T09-00-00-000Z-lanmanserver.reg']);

    const result = ran(await service.apply({ action: 'method-1' }, 'host'));
    expect(result.entry.backupFiles).toEqual(shown);
    expect(result.entry.id).toBe('2026-05-04T09-00-00-000Z-method-1');
    for (const name of shown) expect(existsSync(path.join(dataDirectory, 'backups', name))).toBe(true);

    // The plan's moment is used once: after an undo, applying again without a new plan gets names of its own.
    await service.undo(result.entry.id, 'host');
    const again = ran(await service.apply({ action: 'method-1' }, 'host'));
    expect(again.entry.backupFiles).not.toEqual(shown);
    expect(again.entry.id).not.toBe(result.entry.id);
  });

  it('puts the first step back when the second fails midway (automatic rollback)', async () => {
    const base = withRegistryValue(scenario('xp-print-host-at-limit'), LSA_KEY, 'restrictanonymoussam', { type: 'REG_DWORD', data: 0 });
    const pc = { ...base, faults: { 'reg add': { kind: 'access-denied' as const, when: 'RestrictAnonymousSAM' } } };
    const { host, service } = await setUp(pc);
    const result = ran(await service.apply({ action: 'method-1' }, 'host'));
    expect(result.entry.status).toBe('rolled-back');
    expect(result.entry.problem).toMatch(/step 2 failed: access-denied; everything was put back/);
    expect(registryValue(host.state(), LSA_KEY, 'restrictanonymous')).toBe(0);
    expect(result.commands.filter((c) => c.phase === 'rollback').map((c) => c.argv.slice(0, 6))).toEqual([
      ['reg', 'add', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa', '/v', 'RestrictAnonymous', '/t'],
    ]);
  });

  it('stops before changing anything when the backup cannot be written', async () => {
    const pc = { ...scenario('xp-print-host-at-limit'), faults: { 'reg export': { kind: 'access-denied' as const } } };
    const { host, service } = await setUp(pc);
    const result = ran(await service.apply({ action: 'method-1' }, 'host'));
    expect(result.entry.status).toBe('aborted');
    expect(result.commands.some((c) => c.phase === 'step')).toBe(false);
    expect(result.entry.steps).toEqual([]);
    expect(registryValue(host.state(), LSA_KEY, 'restrictanonymous')).toBe(0);
  });
});

describe('Method 2 on a client', () => {
  it('Windows 10: unshares with Set-Printer and shares again under the same name on undo', async () => {
    const { host, service } = await setUp(scenario('win10-client-shares-printer'));
    const plan = service.plan({ action: 'method-2', printers: ['Canon PIXMA TS5150'] });
    expect(plan.kind === 'plan' && plan.plan.steps[0]!.command).toMatchObject({ program: 'powershell', env: { WGD_PRINTER_NAME: 'Canon PIXMA TS5150' } });
    const result = ran(await service.apply({ action: 'method-2', printers: ['Canon PIXMA TS5150'] }, 'client'));
    expect(result.entry.status).toBe('applied');
    expect(host.state().printers.find((p) => p.name === 'Canon PIXMA TS5150')?.shared).toBe(false);
    expect(result.after.diagnosis.findings.map((f) => f.id)).not.toContain('printer-shared-here');
    await service.undo(result.entry.id, 'client');
    expect(host.state().printers.find((p) => p.name === 'Canon PIXMA TS5150')).toMatchObject({ shared: true, shareName: 'Canon' });
    expect(host.state().shares.some((s) => s.name === 'Canon' && s.kind === 'printer')).toBe(true);
  });

  it('Windows XP: unshares with printui.dll (Get-Printer and Set-Printer do not exist there)', async () => {
    const { host, service } = await setUp(scenario('xp-home-full'));
    const result = ran(await service.apply({ action: 'method-2', printers: ['EPSON Stylus'] }, 'client'));
    expect(result.entry.status).toBe('applied');
    expect(result.commands.find((c) => c.phase === 'step')?.argv).toEqual([
      'rundll32',
      'printui.dll,PrintUIEntry',
      '/Xs',
      '/n',
      'EPSON Stylus',
      'attributes',
      '-shared',
    ]);
    expect(host.state().printers[0]!.shared).toBe(false);
    await service.undo('all', 'client');
    expect(host.state().printers[0]).toMatchObject({ shared: true, shareName: 'Epson' });
  });

  it('refuses a printer that is not shared, or a name with shell characters, and runs nothing', async () => {
    const { host, service } = await setUp(scenario('win10-client-shares-printer'));
    expect(service.plan({ action: 'method-2', printers: ['Microsoft Print to PDF'] })).toMatchObject({
      kind: 'refused',
      refusal: { reason: 'printer-not-shared' },
    });
    const injected = await service.apply({ action: 'method-2', printers: ['Canon"; Remove-Item C:\\ -Recurse; "'] }, 'client');
    expect(injected).toMatchObject({ kind: 'refused', refusal: { reason: 'invalid-name' } });
    expect(host.state().printers[0]!.shared).toBe(true);
    expect(await service.changes()).toEqual({ kind: 'ok', entries: [], changeRunning: false });
  });
});

describe('disconnect and close-file', () => {
  it('ends one named session with /y, never the bare "net session /delete"; it cannot be undone', async () => {
    const { host, service } = await setUp(scenario('win10-office-near-limit'));
    const plan = service.plan({ action: 'disconnect', computers: ['\\\\192.168.10.101'] });
    expect(plan.kind === 'plan' && plan.plan.affectedFiles.map((f) => f.path)).toEqual(['C:\\Shares\\Projects\\Plan 2027.docx']);
    expect(plan.kind === 'plan' && plan.plan.warnings.map((w) => w.key)).toEqual(['plan.warning.unsaved-work', 'plan.warning.reconnects']);
    const result = ran(await service.apply({ action: 'disconnect', computers: ['192.168.10.101'] }, 'host'));
    expect(result.entry.status).toBe('applied');
    expect(result.commands.find((c) => c.phase === 'step')?.argv).toEqual(['net', 'session', '\\\\192.168.10.101', '/delete', '/y']);
    expect(host.state().sessions.some((s) => s.computer === '192.168.10.101')).toBe(false);
    expect(result.after.diagnosis.sessions).toEqual({ total: 18, null: 0 });
    expect(await service.undo(result.entry.id, 'host')).toMatchObject({ kind: 'refused', refusal: { reason: 'nothing-to-change' } });
  });

  it('ends several computers, one step each, and records each with its open files', async () => {
    const { host, service } = await setUp(scenario('win10-office-near-limit'));
    const plan = service.plan({ action: 'disconnect', computers: ['192.168.10.118', '192.168.10.101'] });
    if (plan.kind !== 'plan') throw new Error('no plan');
    expect(plan.plan.steps.map((step) => step.command.args)).toEqual([
      ['session', '\\\\192.168.10.118', '/delete', '/y'],
      ['session', '\\\\192.168.10.101', '/delete', '/y'],
    ]);
    expect(plan.plan.warnings.map((w) => [w.key, w.params?.computer])).toEqual([
      ['plan.warning.unsaved-work', '192.168.10.101'],
      ['plan.warning.reconnects', undefined],
    ]);
    const result = ran(await service.apply({ action: 'disconnect', computers: ['192.168.10.118', '192.168.10.101'] }, 'host'));
    expect(result.entry).toMatchObject({ status: 'applied', steps: [{ state: 'done' }, { state: 'done' }] });
    expect(result.entry.change).toMatchObject({
      action: 'disconnect',
      computers: [
        { computer: '192.168.10.118', openFiles: [] },
        { computer: '192.168.10.101', openFiles: [{ path: 'C:\\Shares\\Projects\\Plan 2027.docx' }] },
      ],
    });
    expect(host.state().sessions.some((s) => ['192.168.10.118', '192.168.10.101'].includes(s.computer))).toBe(false);
    expect(result.after.diagnosis.sessions?.total).toBe(17);
  });

  it('does not claim to have put back a computer it disconnected before a later one failed', async () => {
    const pc = { ...scenario('win10-office-near-limit'), faults: { 'net session': { kind: 'access-denied' as const, when: '192.168.10.101 /delete' } } };
    const { host, service } = await setUp(pc);
    const result = ran(await service.apply({ action: 'disconnect', computers: ['192.168.10.118', '192.168.10.101'] }, 'host'));
    expect(result.entry.status).toBe('rollback-failed');
    expect(result.entry.problem).toBe('step 2 failed: access-denied; the step before it cannot be undone and stay done');
    expect(host.state().sessions.some((s) => s.computer === '192.168.10.118')).toBe(false);
    expect(host.state().sessions.some((s) => s.computer === '192.168.10.101')).toBe(true);
  });

  it.each([
    ['a computer without a session', '192.168.99.99', 'no-such-session'],
    ['shell characters', 'PC & del C:\\*', 'invalid-name'],
    ['a path trick', '..\\..\\windows', 'invalid-name'],
    ['an option', '-delete', 'invalid-name'],
    ['nothing', '', 'invalid-name'],
  ])('refuses %s and changes nothing', async (_name, computer, reason) => {
    const { host, service } = await setUp(scenario('win10-office-near-limit'));
    expect(await service.apply({ action: 'disconnect', computers: [computer] }, 'host')).toMatchObject({ kind: 'refused', refusal: { reason } });
    expect(host.state().sessions).toHaveLength(19);
  });

  it('closes one open file by its id', async () => {
    const { host, service } = await setUp(scenario('win10-office-near-limit'));
    const id = host.state().openFiles[0]!.id;
    const result = ran(await service.apply({ action: 'close-file', fileId: id }, 'host'));
    expect(result.entry.status).toBe('applied');
    expect(host.state().openFiles.some((f) => f.id === id)).toBe(false);
    expect(await service.apply({ action: 'close-file', fileId: 4242 }, 'host')).toMatchObject({ kind: 'refused', refusal: { reason: 'no-such-file' } });
  });
});

describe('autodisconnect', () => {
  it('restores 15 minutes with the old value saved, and undo puts -1 back', async () => {
    const { host, service } = await setUp(scenario('win10-office-near-limit'));
    const result = ran(await service.apply({ action: 'autodisconnect', minutes: 15 }, 'host'));
    expect(result.entry.status).toBe('applied');
    expect(host.state().server.autodisconnectMinutes).toBe(15);
    expect(registryValue(host.state(), LANMAN_SERVER_PARAMETERS_KEY, 'autodisconnect')).toBe(15);
    expect(result.after.diagnosis.findings.map((f) => f.id)).not.toContain('autodisconnect-off');
    await service.undo(result.entry.id, 'host');
    expect(host.state().server.autodisconnectMinutes).toBe(-1);
    expect(registryValue(host.state(), LANMAN_SERVER_PARAMETERS_KEY, 'autodisconnect')).toBe(0xffffffff);
  });

  it.each([[0], [-1], [70000]])('refuses %i minutes', async (minutes) => {
    const { service } = await setUp(scenario('win10-office-near-limit'));
    expect(service.plan({ action: 'autodisconnect', minutes })).toMatchObject({ kind: 'refused', refusal: { reason: 'minutes-out-of-range' } });
  });

  it('a command that hangs is stopped at its timeout and the fix is rolled back', async () => {
    const pc = { ...scenario('win10-office-near-limit'), faults: { 'net config': { kind: 'hang' as const, when: '/autodisconnect' } } };
    // The timeout stops the hung command; it is long enough for every other command on a busy machine.
    const { host, service } = await setUp(pc, { timeoutMs: 8000 });
    const result = ran(await service.apply({ action: 'autodisconnect', minutes: 15 }, 'host'));
    expect(result.entry.status).toBe('rolled-back');
    expect(result.entry.problem).toMatch(/step 1 failed: timed-out/);
    expect(host.state().server.autodisconnectMinutes).toBe(-1);
  });
});

describe('starting the Server service', () => {
  it('reads the start type first, sets it to start automatically, starts it, checks both, and undo puts both back', async () => {
    const { host, service, dataDirectory } = await setUp(scenario('win10-server-service-stopped'));
    const planned = service.plan({ action: 'start-server' });
    if (planned.kind !== 'plan') throw new Error(`refused: ${JSON.stringify(planned)}`);
    expect(planned.plan.steps.map((step) => [step.command.program, ...step.command.args])).toEqual([
      ['sc', 'config', 'lanmanserver', 'start=', 'auto'],
      ['net', 'start', 'lanmanserver'],
    ]);
    expect(undoCommands(planned.plan).map((command) => [command.program, ...command.args])).toEqual([
      ['net', 'stop', 'lanmanserver', '/y'],
      ['sc', 'config', 'lanmanserver', 'start=', 'disabled'],
    ]);

    const result = ran(await service.apply({ action: 'start-server' }, 'host'));
    expect(result.entry).toMatchObject({ status: 'applied', steps: [{ state: 'done' }, { state: 'done' }] });
    // The journal records facts: the start type read before, and that it did not run.
    expect(result.entry.change).toEqual({ action: 'start-server', startTypeBefore: 'disabled', runningBefore: false });
    expect(host.state()).toMatchObject({ serverServiceRunning: true, serverStartType: 'auto' });
    // Each step is checked by reading sc's answer back, not trusted from an exit code.
    expect(result.commands.filter((c) => c.phase === 'check').map((c) => c.argv.slice(0, 3))).toEqual([
      ['sc', 'qc', 'lanmanserver'],
      ['sc', 'query', 'lanmanserver'],
    ]);
    const backup = readFileSync(path.join(dataDirectory, 'backups', result.entry.backupFiles[0]!));
    expect(backup.subarray(2).toString('utf16le')).toContain('"Start"=dword:00000004');
    expect(result.before.diagnosis.findings.map((f) => f.id)).toContain('server-service-stopped');
    expect(result.after.diagnosis.findings.map((f) => f.id)).not.toContain('server-service-stopped');
    expect(result.after.diagnosis.sessions).toEqual({ total: 0, null: 0 });

    const undone = await service.undo(result.entry.id, 'host');
    expect(undone.kind === 'ran' && undone.entries.map((e) => e.status)).toEqual(['undone']);
    expect(host.state()).toMatchObject({ serverServiceRunning: false, serverStartType: 'disabled' });
    expect(undone.kind === 'ran' && undone.after.diagnosis.findings.map((f) => f.id)).toContain('server-service-stopped');
  });

  it('puts the start type back when the service does not start (automatic rollback)', async () => {
    const pc = {
      ...scenario('win10-server-service-stopped'),
      serverStartType: 'demand' as const,
      faults: { 'net start': { kind: 'system-error' as const, code: 1068 } },
    };
    const { host, service } = await setUp(pc);
    const result = ran(await service.apply({ action: 'start-server' }, 'host'));
    expect(result.entry.status).toBe('rolled-back');
    expect(result.entry.problem).toBe('step 2 failed: System error 1068; everything was put back as it was');
    expect(host.state()).toMatchObject({ serverServiceRunning: false, serverStartType: 'demand' });
  });

  it('refuses when the service runs already, and without administrator rights', async () => {
    const { service } = await setUp(scenario('win11-healthy'));
    expect(service.plan({ action: 'start-server' })).toMatchObject({ kind: 'refused', refusal: { reason: 'nothing-to-change' } });
    const notAdmin = await setUp({ ...scenario('win10-server-service-stopped'), elevated: false });
    expect(await notAdmin.service.apply({ action: 'start-server' }, 'host')).toMatchObject({ kind: 'refused', refusal: { reason: 'not-elevated' } });
    expect(notAdmin.host.state().serverServiceRunning).toBe(false);
  });
});

describe('the journal and the rules around applying', () => {
  it('refuses to apply without administrator rights, before anything runs', async () => {
    const { service, dataDirectory } = await setUp(scenario('win10-not-elevated'));
    expect(await service.apply({ action: 'method-1' }, 'host')).toMatchObject({ kind: 'refused', refusal: { reason: 'not-elevated' } });
    expect(existsSync(path.join(dataDirectory, 'journal.json'))).toBe(false);
  });

  it('keeps a damaged journal as it is and refuses new changes', async () => {
    const { host, service, dataDirectory } = await setUp(scenario('xp-print-host-at-limit'));
    writeFileSync(path.join(dataDirectory, 'journal.json'), '{"format": "workgroup-doctor-journal", "version": 1, "entries": [ {"id": "half');
    expect(await service.apply({ action: 'method-1' }, 'host')).toMatchObject({ kind: 'refused', refusal: { reason: 'journal-damaged' } });
    expect(await service.changes()).toMatchObject({ kind: 'damaged', reason: expect.stringMatching(/not valid JSON/) });
    expect(readFileSync(path.join(dataDirectory, 'journal.json'), 'utf8')).toBe(
      '{"format": "workgroup-doctor-journal", "version": 1, "entries": [ {"id": "half',
    );
    expect(registryValue(host.state(), LSA_KEY, 'restrictanonymous')).toBe(0);
  });

  it('refuses when the data folder cannot hold the backups and the journal, and changes nothing', async () => {
    const { host, service, dataDirectory } = await setUp(scenario('xp-print-host-at-limit'));
    writeFileSync(path.join(dataDirectory, 'backups'), 'a file where the backups folder should be');
    expect(await service.apply({ action: 'method-1' }, 'host')).toMatchObject({ kind: 'refused', refusal: { reason: 'journal-unwritable' } });
    expect(registryValue(host.state(), LSA_KEY, 'restrictanonymous')).toBe(0);
  });

  it('refuses a second apply while one runs', async () => {
    const pc = { ...scenario('win10-office-near-limit'), faults: { 'net config': { kind: 'delay' as const, ms: 1500, when: '/autodisconnect' } } };
    const { service } = await setUp(pc);
    const first = service.apply({ action: 'autodisconnect', minutes: 15 }, 'host');
    const second = await service.apply({ action: 'close-file', fileId: 805306400 }, 'host');
    expect(second).toMatchObject({ kind: 'refused', refusal: { reason: 'busy' } });
    expect(ran(await first).entry.status).toBe('applied');
  });

  it('survives a restart of the app: a new service reads the journal and can undo', async () => {
    const { host, service, makeService } = await setUp(scenario('xp-print-host-at-limit'));
    const applied = ran(await service.apply({ action: 'method-1' }, 'host'));
    const afterRestart = makeService();
    expect(await afterRestart.changes()).toMatchObject({ kind: 'ok', entries: [{ id: applied.entry.id, status: 'applied' }] });
    await afterRestart.undo('all', 'host');
    expect(registryValue(host.state(), LSA_KEY, 'restrictanonymous')).toBe(0);
  });

  it('reports progress step by step', async () => {
    const { service, progress } = await setUp(scenario('xp-print-host-at-limit'));
    ran(await service.apply({ action: 'method-1' }, 'host'));
    expect(progress.map((p) => `${p.phase}:${p.status}`)).toEqual(['step:running', 'step:ok', 'done:ok']);
  });
});
