import type { HostFacts } from '../host-facts';
import type { Finding } from '../finding';

/** autodisconnect-off: idle sessions are never dropped (-1), so forgotten connections keep their slots. */
export function checkAutodisconnect(facts: HostFacts): Finding[] {
  const autodisconnect = facts.autodisconnect;
  if (!autodisconnect?.disabled) return [];
  return [{ id: 'autodisconnect-off', severity: 'warning', params: {}, evidence: autodisconnect.evidence ? [autodisconnect.evidence] : [] }];
}
