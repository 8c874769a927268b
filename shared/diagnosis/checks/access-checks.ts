import { describeCommandFailure } from '../../commands/command-failure';
import type { HostFacts } from '../host-facts';
import type { Finding } from '../finding';
import type { Evidence } from '../evidence';

function failureEvidence(facts: HostFacts, source: HostFacts['failures'][number]): Evidence {
  const reading = facts.readings.sources[source.source];
  const firstLine =
    reading.status !== 'not-run'
      ? reading.text
          .split(/\r?\n/)
          .find((line) => line.trim() !== '')
          ?.trim()
      : undefined;
  return { source: source.source, lineNumber: null, text: firstLine ?? describeCommandFailure(source.failure) };
}

/** server-service-stopped: with the Server service off this PC shares nothing; the limit is not the problem. */
export function checkServerService(facts: HostFacts): Finding[] {
  const stopped = facts.failures.filter((f) => f.failure.kind === 'server-service-stopped');
  if (stopped.length === 0) return [];
  return [{ id: 'server-service-stopped', severity: 'critical', params: {}, evidence: stopped.map((f) => failureEvidence(facts, f)) }];
}

/**
 * not-elevated: some reads need "Run as administrator". Windows says "System error 5" also when the
 * Server service is stopped; that case has its own finding, so it is not counted here.
 */
export function checkElevation(facts: HostFacts): Finding[] {
  const denied = facts.failures.filter((f) => f.failure.kind === 'access-denied');
  if (facts.elevated !== false && denied.length === 0) return [];
  const params = { sources: denied.map((f) => f.source).join(', ') || 'none', deniedCount: denied.length };
  const evidence = denied.map((f) => failureEvidence(facts, f));
  // Without the session list, netstat (readable by anyone) still shows who holds SMB connections.
  if (facts.sessions === null && facts.smbClients && facts.smbClients.length > 0) {
    const clients = facts.smbClients;
    const rows = clients
      .flatMap((client) => client.lineNumbers)
      .slice(0, 20)
      .map((line) => facts.lines.line('netstat', line));
    return [
      { id: 'not-elevated', severity: 'warning', variant: 'netstat', params: { ...params, smbClients: clients.length }, evidence: [...evidence, ...rows] },
    ];
  }
  return [{ id: 'not-elevated', severity: 'warning', params, evidence }];
}

/** source-failed: every other read that did not work, with its reason, so nothing fails silently. */
export function checkFailedSources(facts: HostFacts): Finding[] {
  const failed = facts.failures.filter((f) => f.failure.kind !== 'access-denied' && f.failure.kind !== 'server-service-stopped');
  if (failed.length === 0) return [];
  return [
    {
      id: 'source-failed',
      severity: 'info',
      params: { count: failed.length, sources: failed.map((f) => f.source).join(', ') },
      evidence: failed.map((f) => ({ ...failureEvidence(facts, f), text: `${f.source}: ${describeCommandFailure(f.failure)}` })),
    },
  ];
}
