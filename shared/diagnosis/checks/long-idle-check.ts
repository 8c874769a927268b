import type { HostFacts } from '../host-facts';
import { limitEvidence, listNames, type Finding } from '../finding';
import { nearLimitMargin } from './session-limit-check';

export const LONG_IDLE_SECONDS = 60 * 60;

/**
 * long-idle-sessions: sessions idle for an hour or more. With autodisconnect on (15 minutes by default)
 * such a session survives only because it holds an open file or pipe. Counted by computer, as the
 * finding names them: a computer with a named and an anonymous session is one computer, not two.
 */
export function checkLongIdleSessions(facts: HostFacts): Finding[] {
  const idle = (facts.sessions ?? []).filter((session) => session.idleSeconds >= LONG_IDLE_SECONDS).sort((a, b) => b.idleSeconds - a.idleSeconds);
  if (idle.length === 0) return [];
  const { sessions, limit } = facts;
  const crowded = sessions !== null && limit.max !== null && limit.max - sessions.length <= nearLimitMargin(limit.max);
  const { evidence, moreEvidence } = limitEvidence(idle.map((s) => facts.lines.line('net-session', s.lineNumber)));
  const computers = [...new Map(idle.map((s) => [s.computer.toLowerCase(), s.computer])).values()];
  return [
    {
      id: 'long-idle-sessions',
      severity: crowded ? 'warning' : 'info',
      params: {
        count: computers.length,
        sessions: idle.length,
        computers: listNames(computers),
        longestHours: Math.floor(idle[0]!.idleSeconds / 3600),
        moreEvidence,
      },
      evidence,
    },
  ];
}
