import type { LearnMoreId } from '../../../shared/help/learn-more-links';
import type { IndicatorStep } from '../store/wizard-state';

/** The words the guide explains (catalog: guide.term.<id>.name and .meaning). */
export const GUIDE_TERMS = ['connection-limit', 'null-session', 'spoolss', 'restrict-anonymous', 'autodisconnect', 'administrator'] as const;
export type GuideTerm = (typeof GUIDE_TERMS)[number];

/** Per step: the words met there, and Microsoft's pages that say more about it. */
export const GUIDE_CONTENT: Readonly<Record<IndicatorStep, { readonly terms: readonly GuideTerm[]; readonly learnMore: readonly LearnMoreId[] }>> = {
  welcome: { terms: ['connection-limit', 'null-session'], learnMore: ['kb-328459', 'kb-314882'] },
  scan: { terms: ['administrator', 'connection-limit'], learnMore: ['kb-328459'] },
  findings: {
    terms: ['connection-limit', 'null-session', 'spoolss', 'restrict-anonymous', 'autodisconnect', 'administrator'],
    learnMore: ['kb-328459', 'kb-314882'],
  },
  'choose-fix': {
    terms: ['restrict-anonymous', 'spoolss', 'autodisconnect', 'null-session'],
    learnMore: ['kb-328459', 'anonymous-enumeration-policy', 'kb-297684'],
  },
  confirm: { terms: ['restrict-anonymous', 'autodisconnect', 'administrator'], learnMore: ['kb-328459', 'anonymous-enumeration-policy', 'kb-297684'] },
  result: { terms: ['null-session', 'connection-limit', 'restrict-anonymous'], learnMore: ['kb-328459'] },
};
