import type { MessageKey, MessageParams } from '../i18n/translate';
import type { Evidence } from './evidence';

/** Stable ids: scripts, reports and the message catalog (finding.<id>.title/explanation) rely on them. */
export const FINDING_IDS = [
  'server-service-stopped',
  'limit-reached',
  'limit-near',
  'null-sessions',
  'spoolss-held',
  'printer-shared-here',
  'restrict-anonymous-off',
  'autodisconnect-off',
  'long-idle-sessions',
  'not-elevated',
  'source-failed',
] as const;

export type FindingId = (typeof FINDING_IDS)[number];

/** Findings whose explanation has other wordings, by variant name (see Finding.variant). */
export const FINDING_VARIANTS: Readonly<Partial<Record<FindingId, readonly string[]>>> = {
  'printer-shared-here': ['host'],
  'not-elevated': ['netstat'],
};
export type Severity = 'critical' | 'warning' | 'info';

export interface Finding {
  readonly id: FindingId;
  readonly severity: Severity;
  /** Values for the catalog's title and explanation of this finding. */
  readonly params: MessageParams;
  /** The printed lines that prove it (at most EVIDENCE_LIMIT; params.moreEvidence counts the rest). */
  readonly evidence: readonly Evidence[];
  /** Picks a differently worded explanation for the same fact (finding.<id>.explanation.<variant>). */
  readonly variant?: string;
}

/** The catalog keys of a finding's words; the UI and the CLI report both derive them here. */
export function findingMessageKeys(finding: Pick<Finding, 'id' | 'variant'>): { title: MessageKey; explanation: MessageKey } {
  return {
    title: `finding.${finding.id}.title` as MessageKey,
    explanation: (finding.variant ? `finding.${finding.id}.explanation.${finding.variant}` : `finding.${finding.id}.explanation`) as MessageKey,
  };
}

/** Whom the user says this PC is: the one others connect to, or one that connects to others. */
export type PcRole = 'host' | 'client' | 'unknown';

export interface DiagnosisContext {
  readonly role: PcRole;
}

export const EVIDENCE_LIMIT = 50;

/** At most EVIDENCE_LIMIT lines, and how many were left out (for "and N more"). */
export function limitEvidence(evidence: readonly Evidence[]): { evidence: Evidence[]; moreEvidence: number } {
  return { evidence: evidence.slice(0, EVIDENCE_LIMIT), moreEvidence: Math.max(0, evidence.length - EVIDENCE_LIMIT) };
}

export function listNames(names: readonly string[], max = 5): string {
  const unique = [...new Set(names)];
  return unique.length <= max ? unique.join(', ') : `${unique.slice(0, max).join(', ')} (+${unique.length - max})`;
}
