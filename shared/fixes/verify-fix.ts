import { helps, type Action, type ActionId } from '../diagnosis/actions';
import type { Diagnosis } from '../diagnosis/diagnose';
import type { FindingId } from '../diagnosis/finding';

export interface FindingChange {
  readonly id: FindingId;
  readonly before: boolean;
  readonly after: boolean;
}

export interface FixVerification {
  readonly sessionsBefore: number | null;
  readonly sessionsAfter: number | null;
  readonly nullBefore: number | null;
  readonly nullAfter: number | null;
  /** The findings the fix is meant to answer, present before and after. */
  readonly findings: readonly FindingChange[];
  /** Fewer of those findings, or fewer connections in use, afterwards. */
  readonly helped: boolean;
  /** Every addressed finding gone (or none there to begin with). */
  readonly resolved: boolean;
  /** What to try next when this did not settle it: the first action that would help, not yet applied. */
  readonly nextAction: Action | null;
}

/**
 * Whether a fix helped, judged from scans before and after it rather than promised: KB 328459 itself
 * says the symptom can outlast Method 1.
 */
export function verifyFix(action: ActionId, before: Diagnosis, after: Diagnosis, alreadyTried: readonly ActionId[] = []): FixVerification {
  const addresses = before.actions.find((a) => a.id === action)?.addresses ?? [];
  const has = (diagnosis: Diagnosis, id: FindingId) => diagnosis.findings.some((finding) => finding.id === id);
  const findings = addresses.map((id) => ({ id, before: has(before, id), after: has(after, id) })).filter((change) => change.before || change.after);
  const fewerFindings = findings.filter((f) => f.before && !f.after).length > 0;
  const fewerSessions = before.sessions !== null && after.sessions !== null && after.sessions.total < before.sessions.total;
  const resolved = findings.every((f) => !f.after);
  const tried = new Set<ActionId>([action, ...alreadyTried]);
  const nextAction =
    resolved && after.findings.every((f) => f.severity !== 'critical') ? null : (after.actions.find((a) => helps(a) && !tried.has(a.id)) ?? null);
  return {
    sessionsBefore: before.sessions?.total ?? null,
    sessionsAfter: after.sessions?.total ?? null,
    nullBefore: before.sessions?.null ?? null,
    nullAfter: after.sessions?.null ?? null,
    findings,
    helped: fewerFindings || fewerSessions,
    resolved,
    nextAction,
  };
}
