import type { HostFacts } from '../host-facts';
import type { DiagnosisContext, Finding } from '../finding';

/** restrict-anonymous-off: RestrictAnonymous is 0 or not set, so null sessions are allowed (Method 1's target). */
export function checkRestrictAnonymous(facts: HostFacts, context: DiagnosisContext): Finding[] {
  const setting = facts.restrictAnonymous;
  if (!setting || context.role === 'client') return [];
  if (setting.value !== null && setting.value >= 1) return [];
  const nullSessions = facts.sessions?.filter((session) => session.user === '').length ?? 0;
  return [
    {
      id: 'restrict-anonymous-off',
      severity: nullSessions > 0 ? 'warning' : 'info',
      // "unset" is a token the message chooses its own words for, not words of any language.
      params: { value: setting.value ?? 'unset', nullSessions },
      evidence: [setting.evidence ?? { source: 'reg-lsa', lineNumber: null, text: 'RestrictAnonymous is not set (Windows treats that as 0)' }],
    },
  ];
}
