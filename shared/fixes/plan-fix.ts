import { PRINTER_NAME_ENV, SHARE_NAME_ENV, SHARE_PRINTER_SCRIPT, UNSHARE_PRINTER_SCRIPT, powershellArgs } from '../commands/powershell-scripts';
import type { HostFacts } from '../diagnosis/host-facts';
import type { RegValue } from '../parsers/reg-query';
import { findRegValue } from '../parsers/reg-query';
import type { WindowsFamily } from '../windows/windows-version';
import type { Message, PlannedCommand, PlannedStep, PlanOutcome, Refusal, RefusalReason } from './fix-plan';
import type { FixRequest } from './fix-request';
import { LANMAN_SERVER_KEY, LSA_KEY, regAddArgs, WRITABLE_VALUES, type WritableValue } from './registry-allowlist';
import { computerNameProblem, printerNameProblem, shareNameProblem } from './validate-names';

export interface PlanOptions {
  /** Where a backup file of this name goes (the app's data folder); main decides, shared cannot know paths. */
  readonly backupFile: (name: string) => string;
}

const OLD_WINDOWS: ReadonlySet<WindowsFamily> = new Set(['nt4', '2000', 'xp', 'server-2003']);
/** Set-Printer exists from Windows 8 on; printui.dll works on every version. */
const HAS_SET_PRINTER: ReadonlySet<WindowsFamily> = new Set(['8', '8.1', '10', '11']);

const refuse = (reason: RefusalReason, key: Message['key'], params?: Message['params']): PlanOutcome => ({
  ok: false,
  refusal: { reason, message: params ? { key, params } : { key } } satisfies Refusal,
});

/**
 * The plan for a fix on this PC, checked against what the scan found: what runs, in which order, what
 * is backed up first, how each step is undone. Pure: nothing runs here.
 */
export function planFix(request: FixRequest, facts: HostFacts, options: PlanOptions): PlanOutcome {
  switch (request.action) {
    case 'method-1':
      return planMethodOne(facts, options);
    case 'method-2':
      return planMethodTwo(request.printers, facts);
    case 'disconnect':
      return planDisconnect(request.computer, facts);
    case 'close-file':
      return planCloseFile(request.fileId, facts);
    case 'autodisconnect':
      return planAutodisconnect(request.minutes, facts, options);
  }
}

function regExport(key: string, file: string): PlannedCommand {
  return { program: 'reg', args: ['export', key, file, '/y'], purpose: { key: 'plan.purpose.backup-key', params: { key, file } } };
}

/** Sets an allowlisted DWORD; its undo puts back the value read before (or deletes it if it was not set). */
function registryStep(value: WritableValue, data: number, values: readonly RegValue[]): PlannedStep {
  const entry = WRITABLE_VALUES[value];
  const before = findRegValue(values, entry.name);
  const undo: PlannedCommand =
    before && typeof before.data === 'number'
      ? { program: 'reg', args: regAddArgs(value, before.data), purpose: { key: 'plan.purpose.restore-value', params: { name: entry.name, data: before.data } } }
      : { program: 'reg', args: ['delete', entry.key, '/v', entry.name, '/f'], purpose: { key: 'plan.purpose.remove-value', params: { name: entry.name } } };
  return {
    command: { program: 'reg', args: regAddArgs(value, data), purpose: { key: 'plan.purpose.set-value', params: { name: entry.name, data } } },
    check: { kind: 'registry-value', key: entry.key, name: entry.name, data },
    undo: [undo],
  };
}

function planMethodOne(facts: HostFacts, options: PlanOptions): PlanOutcome {
  if (!facts.lsaValues) return refuse('not-readable', 'plan.refusal.lsa-unreadable');
  const steps: PlannedStep[] = [];
  // 1 everywhere: it is the only value XP and later define, and NT4 and 2000 accept it too; 2000's
  // stricter 2 breaks too much (domain controllers, browsing) to be a default.
  if ((facts.restrictAnonymous?.value ?? 0) < 1) steps.push(registryStep('restrictAnonymous', 1, facts.lsaValues));
  // Windows' defaults are 1 for both; someone who set them to 0 undid part of the protection.
  if (facts.restrictAnonymousSam?.value === 0) steps.push(registryStep('restrictAnonymousSam', 1, facts.lsaValues));
  if (facts.restrictNullSessAccess?.value === 0 && facts.lanmanServerValues) steps.push(registryStep('restrictNullSessAccess', 1, facts.lanmanServerValues));
  if (steps.length === 0) return refuse('nothing-to-change', 'plan.refusal.already-restricted');
  const old = facts.version !== null && OLD_WINDOWS.has(facts.version.family);
  const forcesGuest = findRegValue(facts.lsaValues, 'forceguest')?.data === 1;
  const warnings: Message[] = [{ key: 'plan.warning.network-list' }, { key: forcesGuest ? 'plan.warning.guest-sharing-on' : 'plan.warning.guest-sharing' }, { key: 'plan.warning.may-persist' }];
  if (old) warnings.push({ key: 'plan.warning.restart-old-windows' });
  // Both keys Method 1 reads are saved, whichever of them it changes.
  const backup = [regExport(LSA_KEY, options.backupFile('lsa.reg')), regExport(LANMAN_SERVER_KEY, options.backupFile('lanmanserver.reg'))];
  return {
    ok: true,
    plan: { request: { action: 'method-1' }, summary: { key: 'plan.summary.method-1' }, backup, steps, undoable: true, warnings, restart: old ? 'windows-may-need-restart' : 'none', affectedFiles: [] },
  };
}

function planMethodTwo(requested: readonly string[], facts: HostFacts): PlanOutcome {
  if (!facts.printers) return refuse('not-readable', 'plan.refusal.printers-unreadable');
  if (requested.length === 0) {
    const shared = facts.printers.filter((p) => p.shared).length;
    return refuse('nothing-to-change', shared === 0 ? 'plan.refusal.no-shared-printers' : 'plan.refusal.choose-printers');
  }
  const useSetPrinter = facts.version !== null && HAS_SET_PRINTER.has(facts.version.family);
  const steps: PlannedStep[] = [];
  for (const name of new Set(requested)) {
    const problem = printerNameProblem(name);
    if (problem) return refuse('invalid-name', 'plan.refusal.invalid-printer-name', { name, problem });
    const printer = facts.printers.find((p) => p.name === name);
    if (!printer || !printer.shared) return refuse('printer-not-shared', 'plan.refusal.printer-not-shared', { name });
    const shareProblem = shareNameProblem(printer.shareName);
    if (shareProblem) return refuse('invalid-name', 'plan.refusal.invalid-share-name', { name: printer.shareName, problem: shareProblem });
    const env = { [PRINTER_NAME_ENV]: printer.name, [SHARE_NAME_ENV]: printer.shareName };
    const params = { printer: printer.name, share: printer.shareName };
    steps.push(
      useSetPrinter
        ? {
            command: { program: 'powershell', args: powershellArgs(UNSHARE_PRINTER_SCRIPT), env: { [PRINTER_NAME_ENV]: printer.name }, codePage: 65001, purpose: { key: 'plan.purpose.unshare-printer', params } },
            check: { kind: 'printer-shared', printer: printer.name, shared: false },
            undo: [{ program: 'powershell', args: powershellArgs(SHARE_PRINTER_SCRIPT), env, codePage: 65001, purpose: { key: 'plan.purpose.reshare-printer', params } }],
          }
        : {
            command: { program: 'rundll32', args: ['printui.dll,PrintUIEntry', '/Xs', '/n', printer.name, 'attributes', '-shared'], purpose: { key: 'plan.purpose.unshare-printer', params } },
            check: { kind: 'printer-shared', printer: printer.name, shared: false },
            undo: [{ program: 'rundll32', args: ['printui.dll,PrintUIEntry', '/Xs', '/n', printer.name, 'sharename', printer.shareName, 'attributes', '+shared'], purpose: { key: 'plan.purpose.reshare-printer', params } }],
          },
    );
  }
  return {
    ok: true,
    plan: {
      request: { action: 'method-2', printers: [...new Set(requested)] },
      summary: { key: 'plan.summary.method-2', params: { printers: [...new Set(requested)].join(', ') } },
      // The journal keeps each printer's share name: that is what undo needs, and all that changes.
      backup: [],
      steps,
      undoable: true,
      warnings: [{ key: 'plan.warning.others-cannot-print' }],
      restart: 'none',
      affectedFiles: [],
    },
  };
}

const sameComputer = (a: string, b: string) => a.replace(/^\\\\/, '').toLowerCase() === b.replace(/^\\\\/, '').toLowerCase();

function planDisconnect(computer: string, facts: HostFacts): PlanOutcome {
  const problem = computerNameProblem(computer);
  if (problem) return refuse('invalid-name', 'plan.refusal.invalid-computer-name', { name: computer, problem });
  if (!facts.sessions) return refuse('not-readable', 'plan.refusal.sessions-unreadable');
  const sessions = facts.sessions.filter((session) => sameComputer(session.computer, computer));
  if (sessions.length === 0) return refuse('no-such-session', 'plan.refusal.no-such-session', { computer: computer.replace(/^\\\\/, '') });
  const name = sessions[0]!.computer;
  // net file lists the user, not the computer: a named user's files are theirs; a null session's
  // files (user "") cannot be told apart between computers, so they are listed when this one has one.
  const users = new Set(sessions.map((session) => session.user));
  const affectedFiles = (facts.openFiles ?? []).filter((file) => users.has(file.user));
  const warnings: Message[] = [{ key: 'plan.warning.reconnects' }];
  if (affectedFiles.length > 0 || sessions.some((s) => s.opens > 0)) warnings.unshift({ key: 'plan.warning.unsaved-work', params: { computer: name } });
  return {
    ok: true,
    plan: {
      request: { action: 'disconnect', computer: name },
      summary: { key: 'plan.summary.disconnect', params: { computer: name } },
      backup: [],
      steps: [
        {
          // /y answers net's "continue?" question, which comes when the client has files open; never
          // without a computer name, which would end every session.
          command: { program: 'net', args: ['session', `\\\\${name}`, '/delete', '/y'], purpose: { key: 'plan.purpose.end-session', params: { computer: name } } },
          check: { kind: 'no-session', computer: name },
          undo: [],
        },
      ],
      undoable: false,
      warnings,
      restart: 'none',
      affectedFiles,
    },
  };
}

function planCloseFile(fileId: number, facts: HostFacts): PlanOutcome {
  if (!facts.openFiles) return refuse('not-readable', 'plan.refusal.files-unreadable');
  const file = facts.openFiles.find((f) => f.id === fileId);
  if (!file) return refuse('no-such-file', 'plan.refusal.no-such-file', { id: fileId });
  return {
    ok: true,
    plan: {
      request: { action: 'close-file', fileId },
      summary: { key: 'plan.summary.close-file', params: { path: file.path } },
      backup: [],
      steps: [{ command: { program: 'net', args: ['file', String(fileId), '/close'], purpose: { key: 'plan.purpose.close-file', params: { path: file.path } } }, check: { kind: 'file-closed', fileId }, undo: [] }],
      undoable: false,
      warnings: [{ key: 'plan.warning.unsaved-file', params: { path: file.path } }],
      restart: 'none',
      affectedFiles: [file],
    },
  };
}

function planAutodisconnect(minutes: number, facts: HostFacts, options: PlanOptions): PlanOutcome {
  // net config server takes -1 (never) to 65535; -1 is the problem this fix removes, and 0 does not
  // mean "off" as many guides assume.
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 65535) return refuse('minutes-out-of-range', 'plan.refusal.minutes-out-of-range', { minutes });
  if (!facts.autodisconnect || facts.autodisconnect.minutes === null) return refuse('not-readable', 'plan.refusal.autodisconnect-unreadable');
  const old = facts.autodisconnect.minutes;
  if (old === minutes) return refuse('nothing-to-change', 'plan.refusal.autodisconnect-same', { minutes });
  return {
    ok: true,
    plan: {
      request: { action: 'autodisconnect', minutes },
      summary: { key: 'plan.summary.autodisconnect', params: { minutes, old } },
      backup: [regExport(LANMAN_SERVER_KEY, options.backupFile('lanmanserver.reg'))],
      steps: [
        {
          command: { program: 'net', args: ['config', 'server', `/autodisconnect:${minutes}`], purpose: { key: 'plan.purpose.set-autodisconnect', params: { minutes } } },
          check: { kind: 'registry-value', key: LANMAN_SERVER_KEY, name: 'autodisconnect', data: minutes },
          undo: [{ program: 'net', args: ['config', 'server', `/autodisconnect:${old}`], purpose: { key: 'plan.purpose.restore-autodisconnect', params: { minutes: old } } }],
        },
      ],
      undoable: true,
      warnings: [{ key: 'plan.warning.mapped-drives' }],
      restart: 'none',
      affectedFiles: [],
    },
  };
}
