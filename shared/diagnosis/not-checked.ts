import type { MessageKey } from '../i18n/translate';
import type { HostFacts } from './host-facts';
import type { SourceId } from './readings';

/**
 * What the diagnosis could not judge because its source could not be read. Shown as "not checked" with
 * the reason, never as fine: a PC whose session list needs an administrator is not a PC with free slots.
 */
export const NOT_CHECKED_IDS = ['who-is-connected', 'open-files', 'connection-limit', 'anonymous-setting', 'idle-disconnect', 'printers'] as const;
export type NotCheckedId = (typeof NOT_CHECKED_IDS)[number];

export const NOT_CHECKED_REASONS = ['needs-administrator', 'server-service-stopped', 'not-collected', 'could-not-read'] as const;
export type NotCheckedReason = (typeof NOT_CHECKED_REASONS)[number];

export interface NotChecked {
  readonly id: NotCheckedId;
  readonly reason: NotCheckedReason;
  /** The sources it would have come from. */
  readonly sources: readonly SourceId[];
}

/** Each judgement, the fact it needs, and where that fact is read from (the first source decides the reason). */
const NEEDS: readonly { readonly id: NotCheckedId; readonly missing: (facts: HostFacts) => boolean; readonly sources: readonly SourceId[] }[] = [
  { id: 'who-is-connected', missing: (facts) => facts.sessions === null, sources: ['net-session'] },
  { id: 'open-files', missing: (facts) => facts.openFiles === null, sources: ['net-file'] },
  { id: 'connection-limit', missing: (facts) => facts.limit.max === null, sources: ['net-config-server', 'reg-version'] },
  { id: 'anonymous-setting', missing: (facts) => facts.restrictAnonymous === null, sources: ['reg-lsa'] },
  { id: 'idle-disconnect', missing: (facts) => facts.autodisconnect === null, sources: ['net-config-server', 'reg-lanmanserver'] },
  { id: 'printers', missing: (facts) => facts.printers === null, sources: ['printers', 'reg-printers'] },
];

export function notChecked(facts: HostFacts): NotChecked[] {
  return NEEDS.filter((need) => need.missing(facts)).map((need) => ({ id: need.id, reason: reasonFor(facts, need.sources), sources: need.sources }));
}

function reasonFor(facts: HostFacts, sources: readonly SourceId[]): NotCheckedReason {
  const failures = facts.failures.filter((failure) => sources.includes(failure.source)).map((failure) => failure.failure.kind);
  if (failures.includes('server-service-stopped')) return 'server-service-stopped';
  if (failures.includes('access-denied')) return 'needs-administrator';
  if (
    sources.every((source) => {
      const reading = facts.readings.sources[source];
      return reading.status === 'not-run' && reading.reason === 'not-collected';
    })
  )
    return 'not-collected';
  return 'could-not-read';
}

export function notCheckedMessageKeys(item: Pick<NotChecked, 'id' | 'reason'>): { what: MessageKey; why: MessageKey } {
  return { what: `notChecked.${item.id}`, why: `notChecked.reason.${item.reason}` };
}
