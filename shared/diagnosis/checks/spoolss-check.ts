import type { HostFacts } from '../host-facts';
import { limitEvidence, type Finding } from '../finding';

const SPOOLER_PIPE = /\\PIPE\\spoolss$/i;

/**
 * spoolss-held: an open \PIPE\spoolss handle keeps its session alive forever (autodisconnect skips
 * sessions with open files). Held by a null session, it is KB 328459's cause exactly.
 */
export function checkSpoolerPipes(facts: HostFacts): Finding[] {
  const pipes = facts.openFiles?.filter((file) => SPOOLER_PIPE.test(file.path)) ?? [];
  if (pipes.length === 0) return [];
  const anonymous = pipes.filter((file) => file.user === '');
  const ordered = [...anonymous, ...pipes.filter((file) => file.user !== '')];
  const { evidence, moreEvidence } = limitEvidence(ordered.map((file) => facts.lines.line('net-file', file.lineNumber)));
  return [
    {
      id: 'spoolss-held',
      severity: anonymous.length > 0 ? 'critical' : 'warning',
      params: { count: pipes.length, anonymousCount: anonymous.length, moreEvidence },
      evidence,
    },
  ];
}
