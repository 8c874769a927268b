import type { WindowsVersion } from '../windows/windows-version';
import { recommendActions, type Action } from './actions';
import { checkElevation, checkFailedSources, checkServerService } from './checks/access-checks';
import { checkAutodisconnect } from './checks/autodisconnect-check';
import { checkLongIdleSessions } from './checks/long-idle-check';
import { checkNullSessions } from './checks/null-sessions-check';
import { checkPrinterShared } from './checks/printer-shared-check';
import { checkRestrictAnonymous } from './checks/restrict-anonymous-check';
import { checkSessionLimit } from './checks/session-limit-check';
import { checkSpoolerPipes } from './checks/spoolss-check';
import { FINDING_IDS, type DiagnosisContext, type Finding } from './finding';
import { notChecked, type NotChecked } from './not-checked';
import { readHostFacts, type LimitSource, type SourceFailure } from './host-facts';
import { SOURCE_IDS, type HostReadings, type SourceId, type SourceReading } from './readings';

export interface Diagnosis {
  readonly os: { readonly name: string | null; readonly build: number | null; readonly edition: string | null; readonly version: WindowsVersion } | null;
  readonly limit: { readonly max: number | null; readonly source: LimitSource };
  /** null when net session could not be read. */
  readonly sessions: { readonly total: number; readonly null: number } | null;
  /** Most severe first. */
  readonly findings: readonly Finding[];
  /** Recommended first. */
  readonly actions: readonly Action[];
  /** What could not be judged, and why: never to be shown as fine. */
  readonly notChecked: readonly NotChecked[];
  readonly sources: Readonly<Record<SourceId, SourceStatus>>;
  readonly role: DiagnosisContext['role'];
}

export type SourceStatus = Pick<SourceReading, 'status'> & { readonly failure?: unknown; readonly reason?: unknown };

const CHECKS = [
  checkServerService,
  checkSessionLimit,
  checkNullSessions,
  checkSpoolerPipes,
  checkPrinterShared,
  checkRestrictAnonymous,
  checkAutodisconnect,
  checkLongIdleSessions,
  checkElevation,
  checkFailedSources,
] as const;

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

/** The diagnosis: independent checks over facts parsed once from the readings. Pure. */
export function diagnose(readings: HostReadings, context: DiagnosisContext): Diagnosis {
  const facts = readHostFacts(readings);
  const findings = CHECKS.flatMap((check) => check(facts, context)).sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || FINDING_IDS.indexOf(a.id) - FINDING_IDS.indexOf(b.id),
  );
  const sessions = facts.sessions;
  return {
    os: facts.version && {
      name: facts.version.name,
      build: facts.version.build,
      edition: facts.version.editionName ?? facts.version.edition,
      version: facts.version,
    },
    limit: { max: facts.limit.max, source: facts.limit.source },
    sessions: sessions && { total: sessions.length, null: sessions.filter((session) => session.user === '').length },
    findings,
    actions: recommendActions(facts, findings, context),
    notChecked: notChecked(facts),
    sources: Object.fromEntries(
      SOURCE_IDS.map((id) => [id, sourceStatus(readings.sources[id], facts.failures.find((failure) => failure.source === id)?.failure)]),
    ) as Record<SourceId, SourceStatus>,
    role: context.role,
  };
}

/** A source read without error whose output was unusable (an error text, unreadable output) counts as failed too. */
function sourceStatus(reading: SourceReading, unusable: SourceFailure['failure'] | undefined): SourceStatus {
  if (reading.status === 'failed') return { status: 'failed', failure: reading.failure };
  if (unusable) return { status: 'failed', failure: unusable };
  if (reading.status === 'not-run') return { status: 'not-run', reason: reading.reason };
  return { status: 'ok' };
}
