import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHostFacts } from '../diagnosis/host-facts';
import { readingsFromScenario } from '../diagnosis/testing/readings-from-scenario';
import { LANMAN_SERVER_PARAMETERS_KEY, LSA_KEY, withPrinterSharing, withRegistryValue } from '../simulated-host/host-registry';
import type { Scenario } from '../simulated-host/scenario';
import { builtInScenario } from '../simulated-host/scenarios';
import type { FixRequest } from './fix-request';
import { checkJournal, JOURNAL_FORMAT, type JournalEntry } from './journal-format';
import { canUndo, entryState, requestOf } from './journal-entry';
import { planFix } from './plan-fix';
import { planUndo } from './plan-undo';

const fixture = JSON.parse(readFileSync(path.resolve(import.meta.dirname, 'fixtures/journal-v1.json'), 'utf8'));
const checked = checkJournal(fixture);
if (!checked.ok) throw new Error(`the fixture does not read: ${checked.reason}`);
const entries = checked.journal.entries;
const byAction = (action: string, status: string) => entries.find((entry) => entry.change.action === action && entry.status === status)!;

const facts = (state: Scenario) => readHostFacts(readingsFromScenario(state));
const commandLines = (entry: JournalEntry, state: Scenario) => {
  const outcome = planUndo(entry, facts(state));
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.message.key}`);
  return outcome.plan.steps.map((step) => [step.command.program, ...step.command.args].join(' '));
};

const client = () => withRegistryValue(builtInScenario('win10-client-shares-printer')!, LANMAN_SERVER_PARAMETERS_KEY, 'restrictnullsessaccess', null);

describe('undo, planned from the journal’s facts and the PC as it is now', () => {
  const methodOne = byAction('method-1', 'applied');

  it('puts back what still differs, last step first, with the allowlist’s commands', () => {
    let after = withRegistryValue(client(), LSA_KEY, 'RestrictAnonymous', { type: 'REG_DWORD', data: 1 });
    after = withRegistryValue(after, LANMAN_SERVER_PARAMETERS_KEY, 'RestrictNullSessAccess', { type: 'REG_DWORD', data: 1 });
    expect(commandLines(methodOne, after)).toEqual([
      'reg delete HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters /v RestrictNullSessAccess /f',
      'reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v RestrictAnonymous /t REG_DWORD /d 0 /f',
    ]);
    // Someone already put one back by hand: only the other is left.
    expect(
      commandLines(methodOne, withRegistryValue(client(), LANMAN_SERVER_PARAMETERS_KEY, 'RestrictNullSessAccess', { type: 'REG_DWORD', data: 1 })),
    ).toEqual(['reg delete HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters /v RestrictNullSessAccess /f']);
    expect(commandLines(methodOne, client())).toEqual([]);
  });

  it('an interrupted change: only the steps that started, and only if they took effect', () => {
    const interrupted = byAction('method-2', 'applying');
    expect(entryState(interrupted, false)).toBe('interrupted');
    expect(entryState(interrupted, true)).toBe('in-progress');
    expect(canUndo(interrupted)).toBe(true);
    expect(commandLines(interrupted, client())).toEqual([]);
    expect(commandLines(interrupted, withPrinterSharing(client(), 'Canon PIXMA TS5150', false, 'Canon'))).toEqual([
      "powershell -NoLogo -NoProfile -NonInteractive -Command $ErrorActionPreference = 'Stop'; Set-Printer -Name $env:WGD_PRINTER_NAME -Shared $true -ShareName $env:WGD_SHARE_NAME",
    ]);
    // Nothing started: nothing to undo, and nothing is offered.
    const beforeAnyStep = { ...interrupted, steps: [] };
    expect(canUndo(beforeAnyStep)).toBe(false);
    expect(planUndo(beforeAnyStep, facts(client()))).toMatchObject({ ok: false, refusal: { reason: 'nothing-to-change' } });
  });

  it('chooses the printer tool by the Windows it finds, as Method 2 does: printui.dll on XP', () => {
    const xp = builtInScenario('xp-home-full')!;
    const epson = {
      ...byAction('method-2', 'applying'),
      change: { action: 'method-2' as const, printers: [{ name: 'EPSON Stylus', shareName: 'Epson', sharedBefore: true }] },
    };
    expect(commandLines(epson, withPrinterSharing(xp, 'EPSON Stylus', false, 'Epson'))).toEqual([
      'rundll32 printui.dll,PrintUIEntry /Xs /n EPSON Stylus sharename Epson attributes +shared',
    ]);
  });

  it('starting the Server service: its start type back as it was, and stopped again only if it was stopped', () => {
    const started: JournalEntry = {
      ...byAction('autodisconnect', 'applied'),
      id: '2026-03-02T09-00-00-000Z-start-server',
      change: { action: 'start-server', startTypeBefore: 'demand', runningBefore: false },
      steps: [byAction('autodisconnect', 'applied').steps[0]!, byAction('autodisconnect', 'applied').steps[0]!],
    };
    const runningAuto: Scenario = { ...builtInScenario('win10-server-service-stopped')!, serverServiceRunning: true, serverStartType: 'auto' };
    expect(commandLines(started, runningAuto)).toEqual(['net stop lanmanserver /y', 'sc config lanmanserver start= demand']);
    // Someone stopped it meanwhile: only the start type is left to put back.
    expect(commandLines(started, { ...runningAuto, serverServiceRunning: false })).toEqual(['sc config lanmanserver start= demand']);
    expect(commandLines({ ...started, change: { ...started.change, runningBefore: true } } as JournalEntry, runningAuto)).toEqual([
      'sc config lanmanserver start= demand',
    ]);
    // A start type that cannot be read now: nothing is guessed.
    const unreadable = { ...runningAuto, faults: { sc: { kind: 'access-denied' as const } } };
    expect(planUndo(started, facts(unreadable))).toMatchObject({ ok: false, refusal: { reason: 'not-readable' } });
  });

  it('refuses what it cannot tell or cannot do, before anything runs', () => {
    const interrupted = byAction('method-2', 'applying');
    const noPrinter = { ...client(), printers: client().printers.filter((printer) => printer.name !== 'Canon PIXMA TS5150') };
    expect(planUndo(interrupted, facts(noPrinter))).toMatchObject({
      ok: false,
      refusal: { reason: 'no-such-printer', message: { params: { name: 'Canon PIXMA TS5150' } } },
    });
    expect(planUndo(byAction('disconnect', 'applied'), facts(client()))).toMatchObject({ ok: false, refusal: { reason: 'nothing-to-change' } });
    expect(planUndo(byAction('autodisconnect', 'rolled-back'), facts(client()))).toMatchObject({ ok: false, refusal: { reason: 'nothing-to-change' } });
    const unreadable = {
      ...client(),
      faults: { 'net config': { kind: 'access-denied' as const }, 'reg query': { kind: 'access-denied' as const, when: 'LanmanServer' } },
    };
    expect(planUndo(byAction('autodisconnect', 'applied'), facts(unreadable))).toMatchObject({ ok: false, refusal: { reason: 'not-readable' } });
  });
});

describe('what a new fix records', () => {
  it.each<[string, FixRequest]>([
    ['xp-print-host-at-limit', { action: 'method-1' }],
    ['win10-client-shares-printer', { action: 'method-2', printers: ['Canon PIXMA TS5150'] }],
    ['win10-office-near-limit', { action: 'disconnect', computers: ['192.168.10.101'] }],
    ['win10-office-near-limit', { action: 'disconnect', computers: ['192.168.10.118', '\\\\192.168.10.101'] }],
    ['win10-office-near-limit', { action: 'close-file', fileId: 805306400 }],
    ['win10-office-near-limit', { action: 'autodisconnect', minutes: 30 }],
    ['win10-server-service-stopped', { action: 'start-server' }],
  ])('%s %j: facts that read back as journal format 1, and the request they answer', (scenario, request) => {
    const planned = planFix(request, facts(builtInScenario(scenario)!), { backupFile: (name) => `C:\\data\\backups\\${name}` });
    if (!planned.ok) throw new Error(planned.refusal.message.key);
    const entry: JournalEntry = {
      id: `2026-05-04T09-12-33-120Z-${request.action}`,
      status: 'applied',
      startedAt: '2026-05-04T09:12:33.120Z',
      finishedAt: null,
      change: planned.plan.change,
      backupFiles: [],
      steps: [],
      problem: null,
      undoneAt: null,
    };
    expect(checkJournal({ format: JOURNAL_FORMAT, version: 1, entries: [entry] })).toMatchObject({ ok: true });
    // A computer is recorded as net session names it, without backslashes.
    const asListed = request.action === 'disconnect' ? { ...request, computers: request.computers.map((name) => name.replace(/^\\\\/, '')) } : request;
    expect(requestOf(planned.plan.change)).toEqual(asListed);
    expect(JSON.stringify(planned.plan.change)).not.toMatch(/"(program|args|argv|env)"/);
  });
});
