import { describe, expect, it } from 'vitest';
import { builtInScenario } from '../../simulated-host/scenarios';
import { createTranslator } from '../../i18n/translate';
import { diagnose } from '../diagnose';
import { findingText } from '../finding-text';
import { readingsFromScenario } from '../testing/readings-from-scenario';

describe('long-idle-sessions', () => {
  it('counts the computers it names: a computer with a named and an anonymous idle session is one', () => {
    // LAPTOP1 holds two sessions idle for over an hour (one named, one anonymous): 5 sessions, 4 computers.
    const scenario = builtInScenario('xp-print-host-at-limit')!;
    const finding = diagnose(readingsFromScenario(scenario), { role: 'host' }).findings.find((f) => f.id === 'long-idle-sessions')!;
    expect(finding.params).toMatchObject({ count: 4, sessions: 5, computers: 'OFFICE2, OFFICE3, OFFICE5, LAPTOP1' });
    const { title, explanation } = findingText(finding, createTranslator());
    expect(title).toBe('Computers that have not used their connection for an hour or more (4)');
    expect(explanation).toContain('These computers have not used their connections for at least an hour (the longest for 76 hours)');
  });
});
