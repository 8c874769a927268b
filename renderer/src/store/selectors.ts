import { ACTION_IDS, type Action } from '../../../shared/diagnosis/actions';
import { bestLanguage, type LanguageTag } from '../../../shared/i18n/languages';
import { readHostFacts, readTable } from '../../../shared/diagnosis/host-facts';
import type { NetSession } from '../../../shared/parsers/net-session';
import type { ScanResult } from '../../../shared/ipc/contract';
import { SCAN_PROGRESS_SOURCES } from '../../../shared/ipc/contract';
import type { LanguageState } from './language-slice';
import type { WizardState, WizardStep } from './wizard-state';

/**
 * The language the wizard speaks: the one picked on the first page, else the best match for Windows'
 * display languages (known once the app's information has arrived), else English.
 */
export function currentLanguage(state: Pick<WizardState, 'boot'> & LanguageState): LanguageTag {
  return state.chosenLanguage ?? bestLanguage(state.boot.kind === 'ready' ? state.boot.info.systemLanguages : []);
}

/** Whether the primary button of the step can be used now. */
export function canGoNext(step: WizardStep): boolean {
  switch (step.kind) {
    case 'welcome':
      return step.symptom !== null;
    case 'scan':
      return false;
    case 'findings':
      return true;
    case 'choose-fix':
      return step.selectedAction !== null && isApplicable(step.result, step.selectedAction);
    case 'confirm':
      return step.confirmed && step.plan?.kind === 'plan' && step.plan.elevated !== false;
    case 'applying':
    case 'outcome':
      return false;
  }
}

function isApplicable(result: ScanResult, actionId: string): boolean {
  return result.diagnosis.actions.some((action) => action.id === actionId);
}

export function isDemo(state: WizardState): boolean {
  return state.boot.kind === 'ready' && state.boot.info.mode === 'demo';
}

/** Sources done (in any way) out of all the scan reads, for the progress bar. */
export function scanCompletion(step: WizardStep): { done: number; total: number } {
  if (step.kind !== 'scan') return { done: 0, total: SCAN_PROGRESS_SOURCES.length };
  const done = SCAN_PROGRESS_SOURCES.filter((source) => {
    const status = step.progress[source];
    return status !== undefined && status !== 'running';
  }).length;
  return { done, total: SCAN_PROGRESS_SOURCES.length };
}

/** A per-result cache: each table is parsed once, and only when the step that shows it asks. */
function cachedPerResult<T>(compute: (result: ScanResult) => T): (result: ScanResult) => T {
  const cache = new WeakMap<ScanResult, T>();
  return (result) => {
    if (!cache.has(result)) cache.set(result, compute(result));
    return cache.get(result)!;
  };
}

export const sessionsOf = cachedPerResult((result) => readTable.sessions(result.readings));
export const openFilesOf = cachedPerResult((result) => readTable.openFiles(result.readings));
export const sharesOf = cachedPerResult((result) => readTable.shares(result.readings));
export const printersOf = cachedPerResult((result) => readHostFacts(result.readings).printers);

export interface ComputerGroup {
  readonly computer: string;
  readonly sessions: readonly NetSession[];
  readonly nullSessions: number;
  readonly opens: number;
  readonly longestIdleSeconds: number;
}

/** Sessions grouped by client computer, the computers with the most slots first. */
export const sessionsByComputer = cachedPerResult((result): ComputerGroup[] => {
  const groups = new Map<string, NetSession[]>();
  for (const session of sessionsOf(result) ?? []) {
    const key = session.computer.toLowerCase();
    const group = groups.get(key);
    if (group) group.push(session);
    else groups.set(key, [session]);
  }
  const list = [...groups.values()]
    .map((sessions) => ({
      computer: sessions[0]!.computer,
      sessions,
      nullSessions: sessions.filter((s) => s.user === '').length,
      opens: sessions.reduce((sum, s) => sum + s.opens, 0),
      longestIdleSeconds: Math.max(...sessions.map((s) => s.idleSeconds)),
    }))
    .sort((a, b) => b.sessions.length - a.sessions.length || b.nullSessions - a.nullSessions || a.computer.localeCompare(b.computer));
  return list;
});

/** Actions in the order to show them: recommended first (the diagnosis already orders them). */
export function orderedActions(result: ScanResult): readonly Action[] {
  return [...result.diagnosis.actions].sort((a, b) => Number(b.recommended) - Number(a.recommended) || ACTION_IDS.indexOf(a.id) - ACTION_IDS.indexOf(b.id));
}

/** One page of a list, with the page number clamped into range. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): { items: readonly T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const clamped = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(clamped * pageSize, clamped * pageSize + pageSize), page: clamped, pages };
}
