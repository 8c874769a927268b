import type { HostFacts } from '../host-facts';
import { limitEvidence, listNames, type Finding } from '../finding';

/** null-sessions: rows of net session with no user name, each holding a slot. */
export function checkNullSessions(facts: HostFacts): Finding[] {
  const nullSessions = facts.sessions?.filter((session) => session.user === '') ?? [];
  if (nullSessions.length === 0) return [];
  const { evidence, moreEvidence } = limitEvidence(nullSessions.map((s) => facts.lines.line('net-session', s.lineNumber)));
  return [
    {
      id: 'null-sessions',
      severity: 'warning',
      params: { count: nullSessions.length, computers: listNames(nullSessions.map((s) => s.computer)), moreEvidence },
      evidence,
    },
  ];
}
