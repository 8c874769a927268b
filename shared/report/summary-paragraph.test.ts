import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose';
import { readingsFromScenario } from '../diagnosis/testing/readings-from-scenario';
import { createTranslator } from '../i18n/translate';
import type { ScanResult } from '../ipc/contract';
import { builtInScenario } from '../simulated-host/scenarios';
import { summaryParagraph } from './summary-paragraph';

function scanOf(id: string): ScanResult {
  const scenario = builtInScenario(id)!;
  const readings = readingsFromScenario(scenario);
  return { readings, diagnosis: diagnose(readings, { role: scenario.role }), durationMs: 900, finishedAt: '2026-11-21T10:00:00Z', scenarioId: id };
}

describe('summaryParagraph', () => {
  it('says which PC, how full, what was found and the fix to do first, in one paragraph', () => {
    const text = summaryParagraph(scanOf('xp-print-host-at-limit'), createTranslator());
    expect(text).toMatch(/^Workgroup Doctor scanned PRINTHOST \(Microsoft Windows XP\) on .+\. 10 of 10 connections in use, 4 of them anonymous\. /);
    expect(text).toContain('Problems: All 10 connection slots are in use; Printer connections hold slots open (5).');
    expect(text).toContain('Warning signs: Anonymous connections are taking slots (4);');
    expect(text).toMatch(/Fix to do first: Method 1: stop anonymous connections on this PC\.$/);
    expect(text).not.toContain('\n');
  });

  it('names what could not be checked, and recommends nothing it could not judge', () => {
    const text = summaryParagraph(scanOf('win10-not-elevated'), createTranslator());
    expect(text).toContain('The list of connections could not be read.');
    expect(text).toContain('Not checked: Which computers are connected, and how many slots they use;');
    expect(text).not.toContain('Fix to do first');
  });

  it('says a healthy PC has no problems', () => {
    expect(summaryParagraph(scanOf('win11-healthy'), createTranslator())).toContain('2 of 20 connections in use, 0 of them anonymous. No problems found.');
  });
});
