import type { HostFacts } from '../host-facts';
import type { Finding } from '../finding';

/** "Within 10% or 2 of the limit", whichever leaves more warning. */
export function nearLimitMargin(max: number): number {
  return Math.max(2, Math.ceil(max * 0.1));
}

/** limit-reached / limit-near: inbound sessions counted against what this PC accepts. */
export function checkSessionLimit(facts: HostFacts): Finding[] {
  const { sessions, limit } = facts;
  if (!sessions || limit.max === null) return [];
  const used = sessions.length;
  const params = { used, max: limit.max, free: Math.max(0, limit.max - used), limitSource: limit.source };
  const evidence = limit.evidence ? [limit.evidence] : [];
  if (used >= limit.max) return [{ id: 'limit-reached', severity: 'critical', params, evidence }];
  if (limit.max - used <= nearLimitMargin(limit.max)) return [{ id: 'limit-near', severity: 'warning', params, evidence }];
  return [];
}
