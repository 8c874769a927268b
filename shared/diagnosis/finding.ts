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

/** Findings whose explanation has other wordings: each variant (see Finding.variant) and its catalog key. */
export const FINDING_VARIANT_KEYS = {
  'printer-shared-here': { host: 'finding.printer-shared-here.explanation.host' },
  'not-elevated': { netstat: 'finding.not-elevated.explanation.netstat' },
} as const satisfies Partial<Record<FindingId, Readonly<Record<string, MessageKey>>>>;

export type FindingVariant = { [Id in keyof typeof FINDING_VARIANT_KEYS]: keyof (typeof FINDING_VARIANT_KEYS)[Id] }[keyof typeof FINDING_VARIANT_KEYS];
const variantKeys: Partial<Record<FindingId, Readonly<Partial<Record<FindingVariant, MessageKey>>>>> = FINDING_VARIANT_KEYS;
export type Severity = 'critical' | 'warning' | 'info';

export interface Finding {
  readonly id: FindingId;
  readonly severity: Severity;
  /** Values for the catalog's title and explanation of this finding. */
  readonly params: MessageParams;
  /** The printed lines that prove it (at most EVIDENCE_LIMIT; params.moreEvidence counts the rest). */
  readonly evidence: readonly Evidence[];
  /** Picks a differently worded explanation for the same fact (finding.<id>.explanation.<variant>). */
  readonly variant?: FindingVariant;
}

/** The catalog keys of a finding's words; the UI and the CLI report both derive them here. */
export function findingMessageKeys(finding: Pick<Finding, 'id' | 'variant'>): { title: MessageKey; explanation: MessageKey } {
  const variant = finding.variant === undefined ? undefined : variantKeys[finding.id]?.[finding.variant];
  return { title: `finding.${finding.id}.title`, explanation: variant ?? `finding.${finding.id}.explanation` };
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
