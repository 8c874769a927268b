import type { MessageKey, MessageParams } from '../i18n/translate';
import { anonymousAccessChangeMayNeedRestart } from '../windows/restart-after-anonymous-change';
import { isSettableServerStartType } from '../windows/server-service';
import type { HostFacts } from './host-facts';
import { listNames, type DiagnosisContext, type Finding, type FindingId } from './finding';
import { nearLimitMargin } from './checks/session-limit-check';

/** Stable ids of the fixes and advice the wizard offers (catalog: action.<id>.*). */
export const ACTION_IDS = ['method-1', 'method-2', 'disconnect', 'autodisconnect', 'outgrown', 'start-server'] as const;
export type ActionId = (typeof ACTION_IDS)[number];

/** Every reason an action can give, per action (catalog: action.<id>.reason.<reason>). */
export const ACTION_REASONS = {
  'method-1': ['runs-on-host', 'setting-unreadable', 'already-restricted', 'sessions-unreadable', 'no-null-sessions', 'null-sessions-use-slots'],
  'method-2': [
    'this-pc-shares-printer',
    'this-pc-shares-printer-role-unknown',
    'clients-share-printers',
    'connections-unreadable',
    'printers-unreadable',
    'no-shared-printers',
  ],
  disconnect: ['sessions-unreadable', 'limit-unknown', 'not-needed', 'nobody-idle', 'free-slots-now'],
  autodisconnect: ['setting-unreadable', 'autodisconnect-disabled', 'already-on'],
  outgrown: ['sessions-unreadable', 'limit-unknown', 'not-outgrown', 'named-users-fill-limit'],
  'start-server': ['state-unreadable', 'server-running', 'runs-on-host', 'start-type-unreadable', 'server-stopped-role-unknown', 'server-stopped'],
} as const satisfies Record<ActionId, readonly string[]>;

export type ActionReason<Id extends ActionId = ActionId> = (typeof ACTION_REASONS)[Id][number];

/** What the user must restart for the change to take effect. */
export const RESTART_NEEDS = ['none', 'windows-may-need-restart'] as const;
export type RestartNeed = (typeof RESTART_NEEDS)[number];

export interface Action {
  readonly id: ActionId;
  readonly recommended: boolean;
  /** Why (not) recommended: catalog key action.<id>.reason.<reason>. */
  readonly reason: ActionReason;
  readonly params: MessageParams;
  readonly restart: RestartNeed;
  /** Computers the action is about (clients to disconnect, clients to run Method 2 on). */
  readonly targets: readonly string[];
  /** The findings this action answers. */
  readonly addresses: readonly FindingId[];
}

const SPOOLER_PIPE = /\\PIPE\\spoolss$/i;

/**
 * What to do, and why, from the facts and the findings. A reason never claims what was not read: where
 * the fact an action depends on could not be read (see not-checked.ts), its reason says so instead of
 * "nothing to do".
 */
export function recommendActions(facts: HostFacts, findings: readonly Finding[], context: DiagnosisContext): Action[] {
  const has = (id: FindingId) => findings.some((finding) => finding.id === id);
  const sessions = facts.sessions ?? [];
  const nullSessions = sessions.filter((session) => session.user === '');
  const actions: Action[] = [methodOne(), methodTwo(), disconnect(), autodisconnect(), outgrown(), startServer()];
  // Recommended first; otherwise the fixed order above (KB 328459's order, then mitigations, then advice).
  return [...actions.filter((a) => a.recommended), ...actions.filter((a) => !a.recommended)];

  function action<Id extends ActionId>(
    id: Id,
    recommended: boolean,
    reason: ActionReason<Id>,
    extra: Partial<Pick<Action, 'params' | 'restart' | 'targets' | 'addresses'>> = {},
  ): Action {
    return {
      id,
      recommended,
      reason,
      params: extra.params ?? {},
      restart: extra.restart ?? 'none',
      targets: extra.targets ?? [],
      addresses: extra.addresses ?? [],
    };
  }

  function methodOne(): Action {
    const restart: RestartNeed = facts.version && anonymousAccessChangeMayNeedRestart(facts.version.family) ? 'windows-may-need-restart' : 'none';
    const addresses: FindingId[] = ['null-sessions', 'restrict-anonymous-off', 'spoolss-held'];
    if (context.role === 'client') return action('method-1', false, 'runs-on-host', { restart, addresses });
    if (facts.restrictAnonymous === null) return action('method-1', false, 'setting-unreadable', { restart, addresses });
    if ((facts.restrictAnonymous.value ?? 0) >= 1) return action('method-1', false, 'already-restricted', { restart, addresses });
    if (facts.sessions === null) return action('method-1', false, 'sessions-unreadable', { restart, addresses });
    if (nullSessions.length === 0) return action('method-1', false, 'no-null-sessions', { restart, addresses });
    return action('method-1', true, 'null-sessions-use-slots', { restart, addresses, params: { count: nullSessions.length } });
  }

  function methodTwo(): Action {
    const addresses: FindingId[] = ['spoolss-held', 'printer-shared-here'];
    if (context.role !== 'host' && has('printer-shared-here')) {
      const printers = findings.find((f) => f.id === 'printer-shared-here')?.params.printers ?? '';
      return action('method-2', context.role === 'client', context.role === 'client' ? 'this-pc-shares-printer' : 'this-pc-shares-printer-role-unknown', {
        addresses,
        params: { printers },
      });
    }
    const anonymousSpooler = (facts.openFiles ?? []).some((file) => SPOOLER_PIPE.test(file.path) && file.user === '');
    if (anonymousSpooler && nullSessions.length > 0) {
      const computers = [...new Set(nullSessions.map((session) => session.computer))];
      return action('method-2', true, 'clients-share-printers', { addresses, targets: computers, params: { computers: listNames(computers) } });
    }
    // The other computers' printer connections are seen only in the sessions and their open files.
    if (context.role !== 'client' && (facts.sessions === null || facts.openFiles === null))
      return action('method-2', false, 'connections-unreadable', { addresses });
    // This PC's own printers are seen in its printer list, or in its shares.
    if (context.role !== 'host' && facts.printers === null && facts.shares === null) return action('method-2', false, 'printers-unreadable', { addresses });
    return action('method-2', false, 'no-shared-printers', { addresses });
  }

  function disconnect(): Action {
    const addresses: FindingId[] = ['limit-reached', 'limit-near', 'long-idle-sessions'];
    const crowded = has('limit-reached') || has('limit-near');
    const idleFirst = [...sessions].sort((a, b) => b.idleSeconds - a.idleSeconds).filter((s) => s.idleSeconds >= 15 * 60);
    if (facts.sessions === null) return action('disconnect', false, 'sessions-unreadable', { addresses });
    if (!crowded && facts.limit.max === null) return action('disconnect', false, 'limit-unknown', { addresses });
    if (!crowded) return action('disconnect', false, 'not-needed', { addresses });
    if (idleFirst.length === 0) return action('disconnect', false, 'nobody-idle', { addresses });
    const targets = [...new Set(idleFirst.map((s) => s.computer))].slice(0, 5);
    return action('disconnect', true, 'free-slots-now', { addresses, targets, params: { computers: listNames(targets) } });
  }

  function autodisconnect(): Action {
    const addresses: FindingId[] = ['autodisconnect-off'];
    if (facts.autodisconnect === null) return action('autodisconnect', false, 'setting-unreadable', { addresses });
    if (facts.autodisconnect.disabled) return action('autodisconnect', true, 'autodisconnect-disabled', { addresses });
    return action('autodisconnect', false, 'already-on', { addresses, params: { minutes: facts.autodisconnect.minutes ?? 15 } });
  }

  /** With the Server service stopped nobody can connect: starting it is the fix on the PC the others use. */
  function startServer(): Action {
    const addresses: FindingId[] = ['server-service-stopped'];
    const { running, startType } = facts.serverService;
    if (running === null) return action('start-server', false, 'state-unreadable', { addresses });
    if (running) return action('start-server', false, 'server-running', { addresses });
    if (context.role === 'client') return action('start-server', false, 'runs-on-host', { addresses });
    if (!isSettableServerStartType(startType)) return action('start-server', false, 'start-type-unreadable', { addresses });
    if (context.role !== 'host') return action('start-server', false, 'server-stopped-role-unknown', { addresses });
    return action('start-server', true, 'server-stopped', { addresses });
  }

  function outgrown(): Action {
    const addresses: FindingId[] = ['limit-reached', 'limit-near'];
    const max = facts.limit.max;
    const named = new Set(sessions.filter((s) => s.user !== '').map((s) => s.computer)).size;
    if (facts.sessions === null) return action('outgrown', false, 'sessions-unreadable', { addresses });
    if (max === null) return action('outgrown', false, 'limit-unknown', { addresses });
    if (named < max - nearLimitMargin(max)) return action('outgrown', false, 'not-outgrown', { addresses });
    return action('outgrown', true, 'named-users-fill-limit', { addresses, params: { named, max } });
  }
}

/**
 * The catalog keys of an action's words. Method 2 recommended from the PC the others connect to is
 * done on those other PCs, so what it changes is worded for that.
 */
export function actionMessageKeys(action: Pick<Action, 'id' | 'reason'>): { title: MessageKey; changes: MessageKey; risk: MessageKey; reason: MessageKey } {
  const elsewhere = action.id === 'method-2' && action.reason === 'clients-share-printers';
  return {
    title: `action.${action.id}.title`,
    changes: elsewhere ? 'action.method-2.changes.elsewhere' : `action.${action.id}.changes`,
    risk: `action.${action.id}.risk`,
    reason: reasonKey(action.id, action.reason),
  };
}

/** Each action's reasons as catalog keys: written per action, so the compiler checks every pair exists. */
const REASON_KEYS: { readonly [Id in ActionId]: (reason: ActionReason<Id>) => MessageKey } = {
  'method-1': (reason) => `action.method-1.reason.${reason}`,
  'method-2': (reason) => `action.method-2.reason.${reason}`,
  disconnect: (reason) => `action.disconnect.reason.${reason}`,
  autodisconnect: (reason) => `action.autodisconnect.reason.${reason}`,
  outgrown: (reason) => `action.outgrown.reason.${reason}`,
  'start-server': (reason) => `action.start-server.reason.${reason}`,
};

function reasonKey<Id extends ActionId>(id: Id, reason: ActionReason<Id>): MessageKey {
  return REASON_KEYS[id](reason);
}
