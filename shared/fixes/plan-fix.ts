import type { HostFacts } from '../diagnosis/host-facts';
import type { NetFile } from '../parsers/net-file';
import type { PrinterRecord } from '../parsers/printers-json';
import { findRegValue } from '../parsers/reg-query';
import { bareComputerName, sameComputer } from '../windows/computer-names';
import { printerSharingTool } from '../windows/printer-command-lines';
import { FORCE_GUEST_VALUE, LANMAN_SERVER_PARAMETERS_KEY, LANMAN_SERVER_SERVICE_KEY, LSA_KEY } from '../windows/registry-keys';
import { isSettableServerStartType } from '../windows/server-service';
import { anonymousAccessChangeMayNeedRestart } from '../windows/restart-after-anonymous-change';
import { changeSteps } from './change-steps';
import { plannedAction, refusal, type FixPlan, type Message, type PlannedAction, type PlanOutcome, type RefusalReason } from './fix-plan';
import type { FixRequest } from './fix-request';
import type { ChangeFacts, DisconnectedComputer } from './journal-format';
import { changeSummary, isUndoableChange, requestOf } from './journal-entry';
import { ALLOWED_VALUES, type RegWritableValueId } from './registry-allowlist';
import { computerNameProblem, printerNameProblem, shareNameProblem } from './validate-names';

export interface PlanOptions {
  /** Where a backup file of this name goes (the app's data folder); main decides, shared cannot know paths. */
  readonly backupFile: (name: string) => string;
}

const refuse = (reason: RefusalReason, key: Message['key'], params?: Message['params']): Refused => ({ ok: false, refusal: refusal(reason, key, params) });
type Refused = Extract<PlanOutcome, { ok: false }>;

/** What a fix needs besides its facts: backups, warnings, restart, the open files it ends. */
type PlanExtras = Pick<FixPlan, 'backup' | 'warnings' | 'restart' | 'affectedFiles'>;

/**
 * The plan for a fix on this PC, checked against what the scan found. First the facts of the change
 * (what will be different afterwards, as the journal records it), then the steps made from those facts
 * alone (change-steps.ts), the same way undo later makes its steps. Pure: nothing runs here.
 */
export function planFix(request: FixRequest, facts: HostFacts, options: PlanOptions): PlanOutcome {
  const planned = plannedChange(request, facts, options);
  if (!planned.ok) return planned;
  const { change, extras } = planned;
  return {
    ok: true,
    plan: {
      request: requestOf(change),
      summary: changeSummary(change),
      steps: changeSteps(change, { printerTool: printerSharingTool(facts.version?.family ?? null) }),
      undoable: isUndoableChange(change),
      change,
      ...extras,
    },
  };
}

type PlannedChange = { readonly ok: true; readonly change: ChangeFacts; readonly extras: PlanExtras } | Refused;

function plannedChange(request: FixRequest, facts: HostFacts, options: PlanOptions): PlannedChange {
  switch (request.action) {
    case 'method-1':
      return methodOne(facts, options);
    case 'method-2':
      return methodTwo(request.printers, facts);
    case 'disconnect':
      return disconnect(request.computers, facts);
    case 'close-file':
      return closeFile(request.fileId, facts);
    case 'autodisconnect':
      return autodisconnect(request.minutes, facts, options);
    case 'start-server':
      return startServer(facts, options);
  }
}

const NO_EXTRAS: PlanExtras = { backup: [], warnings: [], restart: 'none', affectedFiles: [] };

function regExport(key: string, file: string): PlannedAction {
  return plannedAction({ kind: 'export-key', key, file }, { key: 'plan.purpose.backup-key', params: { key, file } });
}

function methodOne(facts: HostFacts, options: PlanOptions): PlannedChange {
  if (!facts.lsaValues) return refuse('not-readable', 'plan.refusal.lsa-unreadable');
  const values: Extract<ChangeFacts, { action: 'method-1' }>['values'] = [];
  const set = (id: RegWritableValueId, before: number | null) => values.push({ key: ALLOWED_VALUES[id].key, name: ALLOWED_VALUES[id].name, before, after: 1 });
  // 1 everywhere: it is the only value XP and later define, and NT4 and 2000 accept it too; 2000's
  // stricter 2 breaks too much (domain controllers, browsing) to be a default.
  if ((facts.restrictAnonymous?.value ?? 0) < 1) set('restrictAnonymous', facts.restrictAnonymous?.value ?? null);
  // Windows' defaults are 1 for both; someone who set them to 0 undid part of the protection.
  if (facts.restrictAnonymousSam?.value === 0) set('restrictAnonymousSam', 0);
  if (facts.restrictNullSessAccess?.value === 0 && facts.lanmanServerValues) set('restrictNullSessAccess', 0);
  if (values.length === 0) return refuse('nothing-to-change', 'plan.refusal.already-restricted');
  const old = facts.version !== null && anonymousAccessChangeMayNeedRestart(facts.version.family);
  const forcesGuest = findRegValue(facts.lsaValues, FORCE_GUEST_VALUE)?.data === 1;
  const warnings: Message[] = [
    { key: 'plan.warning.network-list' },
    { key: forcesGuest ? 'plan.warning.guest-sharing-on' : 'plan.warning.guest-sharing' },
    { key: 'plan.warning.may-persist' },
  ];
  if (old) warnings.push({ key: 'plan.warning.restart-old-windows' });
  // Both keys Method 1 reads are saved, whichever of them it changes.
  const backup = [regExport(LSA_KEY, options.backupFile('lsa.reg')), regExport(LANMAN_SERVER_PARAMETERS_KEY, options.backupFile('lanmanserver.reg'))];
  return { ok: true, change: { action: 'method-1', values }, extras: { ...NO_EXTRAS, backup, warnings, restart: old ? 'windows-may-need-restart' : 'none' } };
}

function methodTwo(requested: readonly string[], facts: HostFacts): PlannedChange {
  if (!facts.printers) return refuse('not-readable', 'plan.refusal.printers-unreadable');
  if (requested.length === 0) {
    const shared = facts.printers.filter((p) => p.shared).length;
    return refuse('nothing-to-change', shared === 0 ? 'plan.refusal.no-shared-printers' : 'plan.refusal.choose-printers');
  }
  const printers: Extract<ChangeFacts, { action: 'method-2' }>['printers'] = [];
  const warnings: Message[] = [{ key: 'plan.warning.others-cannot-print' }];
  for (const name of requested) {
    const problem = printerNameProblem(name);
    if (problem) return refuse('invalid-name', 'plan.refusal.invalid-printer-name', { name, problem });
    const printer = sharedPrinterNamed(facts.printers, name);
    if (!printer) return refuse('printer-not-shared', 'plan.refusal.printer-not-shared', { name });
    // Asked for twice (by its name and by its share name) is one printer.
    if (printers.some((p) => p.name === printer.name)) continue;
    const shareProblem = shareNameProblem(printer.shareName);
    if (shareProblem) return refuse('invalid-name', 'plan.refusal.invalid-share-name', { name: printer.shareName, problem: shareProblem });
    if (printer.onlyShareName) warnings.push({ key: 'plan.warning.printer-name-unread', params: { share: printer.shareName } });
    // The share name is what undo needs, and all that changes: the journal keeps it, nothing is backed up.
    printers.push({ name: printer.name, shareName: printer.shareName, sharedBefore: true });
  }
  return { ok: true, change: { action: 'method-2', printers }, extras: { ...NO_EXTRAS, warnings } };
}

/**
 * A shared printer by its own name (exactly, as Windows compares them) or by its share name (in any
 * case, as Windows compares share names): technicians know a printer by either.
 */
function sharedPrinterNamed(printers: readonly PrinterRecord[], name: string): PrinterRecord | null {
  const shared = printers.filter((printer) => printer.shared);
  return shared.find((printer) => printer.name === name) ?? shared.find((printer) => printer.shareName.toLowerCase() === name.toLowerCase()) ?? null;
}

/**
 * Ends the connections of the computers asked for, one step each. Every one must be connected now: a
 * name that is not is refused rather than skipped, so what runs is what the user read.
 */
function disconnect(requested: readonly string[], facts: HostFacts): PlannedChange {
  if (requested.length === 0) return refuse('nothing-to-change', 'plan.refusal.choose-computers');
  for (const computer of requested) {
    const problem = computerNameProblem(computer);
    if (problem) return refuse('invalid-name', 'plan.refusal.invalid-computer-name', { name: computer, problem });
  }
  if (!facts.sessions) return refuse('not-readable', 'plan.refusal.sessions-unreadable');
  const computers: DisconnectedComputer[] = [];
  const affectedFiles: NetFile[] = [];
  const unsavedWork: Message[] = [];
  for (const computer of requested) {
    const sessions = facts.sessions.filter((session) => sameComputer(session.computer, computer));
    if (sessions.length === 0) return refuse('no-such-session', 'plan.refusal.no-such-session', { computer: bareComputerName(computer) });
    const name = sessions[0]!.computer;
    // Asked for twice ("\\PC" and "pc") is one computer.
    if (computers.some((ended) => sameComputer(ended.computer, name))) continue;
    // net file lists the user, not the computer: a named user's files are theirs; a null session's
    // files (user "") cannot be told apart between computers, so they are listed when this one has one.
    const users = new Set(sessions.map((session) => session.user));
    const files = (facts.openFiles ?? []).filter((file) => users.has(file.user));
    if (files.length > 0 || sessions.some((s) => s.opens > 0)) unsavedWork.push({ key: 'plan.warning.unsaved-work', params: { computer: name } });
    affectedFiles.push(...files.filter((file) => !affectedFiles.some((listed) => listed.id === file.id)));
    const idleMinutesBefore = Math.floor(Math.min(...sessions.map((session) => session.idleSeconds)) / 60);
    computers.push({ computer: name, idleMinutesBefore, openFiles: files.map(({ id, path, user }) => ({ id, path, user })) });
  }
  return {
    ok: true,
    change: { action: 'disconnect', computers },
    extras: { ...NO_EXTRAS, warnings: [...unsavedWork, { key: 'plan.warning.reconnects' }], affectedFiles },
  };
}

function closeFile(fileId: number, facts: HostFacts): PlannedChange {
  if (!facts.openFiles) return refuse('not-readable', 'plan.refusal.files-unreadable');
  const file = facts.openFiles.find((f) => f.id === fileId);
  if (!file) return refuse('no-such-file', 'plan.refusal.no-such-file', { id: fileId });
  return {
    ok: true,
    change: { action: 'close-file', fileId, path: file.path },
    extras: { ...NO_EXTRAS, warnings: [{ key: 'plan.warning.unsaved-file', params: { path: file.path } }], affectedFiles: [file] },
  };
}

/**
 * Starts the Server service and makes it start with Windows. Its start type is read first (sc qc), so
 * the journal holds what undo puts back; the service's key is saved too, for a technician.
 */
function startServer(facts: HostFacts, options: PlanOptions): PlannedChange {
  const { running, startType } = facts.serverService;
  if (running === true) return refuse('nothing-to-change', 'plan.refusal.server-running');
  if (running === null) return refuse('not-readable', 'plan.refusal.server-state-unreadable');
  // boot and system are for drivers: a Server service set so is nothing undo could put back.
  if (!isSettableServerStartType(startType)) return refuse('not-readable', 'plan.refusal.server-start-type-unreadable');
  return {
    ok: true,
    change: { action: 'start-server', startTypeBefore: startType, runningBefore: false },
    extras: {
      ...NO_EXTRAS,
      backup: [regExport(LANMAN_SERVER_SERVICE_KEY, options.backupFile('lanmanserver-service.reg'))],
      warnings: [{ key: 'plan.warning.server-starts' }],
    },
  };
}

function autodisconnect(minutes: number, facts: HostFacts, options: PlanOptions): PlannedChange {
  // net config server takes -1 (never) to 65535; -1 is the problem this fix removes, and 0 does not
  // mean "off" as many guides assume.
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 65535) return refuse('minutes-out-of-range', 'plan.refusal.minutes-out-of-range', { minutes });
  if (!facts.autodisconnect || facts.autodisconnect.minutes === null) return refuse('not-readable', 'plan.refusal.autodisconnect-unreadable');
  const old = facts.autodisconnect.minutes;
  // Only an idle time net config server itself takes can be put back by undo.
  if (!Number.isInteger(old) || old < -1 || old > 65535) return refuse('not-readable', 'plan.refusal.autodisconnect-unreadable');
  if (old === minutes) return refuse('nothing-to-change', 'plan.refusal.autodisconnect-same', { minutes });
  return {
    ok: true,
    change: { action: 'autodisconnect', minutesBefore: old, minutesAfter: minutes },
    extras: {
      ...NO_EXTRAS,
      backup: [regExport(LANMAN_SERVER_PARAMETERS_KEY, options.backupFile('lanmanserver.reg'))],
      warnings: [{ key: 'plan.warning.mapped-drives' }],
    },
  };
}
