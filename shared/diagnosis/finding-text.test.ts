import { describe, expect, it } from 'vitest';
import { builtInScenario } from '../simulated-host/scenarios';
import { createTranslator } from '../i18n/translate';
import { diagnose } from './diagnose';
import { findingText } from './finding-text';
import { readingsFromScenario } from './testing/readings-from-scenario';

describe('findingText', () => {
  it('names the sources a finding is about in words, never by their ids', () => {
    const diagnosis = diagnose(readingsFromScenario(builtInScenario('win10-not-elevated')!), { role: 'host' });
    const notElevated = diagnosis.findings.find((f) => f.id === 'not-elevated')!;
    // The ids stay in the data, for scripts.
    expect(notElevated.params.sources).toBe('net-session, net-file, net-config-server');
    const { explanation } = findingText(notElevated, createTranslator());
    expect(explanation).toContain(
      'Windows refused some of the checks: Connected computers (net session), Open files (net file), and Server settings (net config server), including',
    );
    expect(explanation).toContain('1 computer is connected');
    expect(explanation).not.toMatch(/net-session|net-file|net-config-server/);
  });

  it('leaves a finding without sources as the catalog words it', () => {
    const t = createTranslator();
    expect(findingText({ id: 'limit-reached', params: { max: 10, used: 10, free: 0 } }, t).title).toBe('All 10 connection slots are in use');
  });
});
