import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose';
import { readingsFromScenario } from '../diagnosis/testing/readings-from-scenario';
import { createTranslator } from '../i18n/translate';
import { translatorFor } from '../i18n/translator-for';
import type { ScanResult } from '../ipc/contract';
import type { MonitoredPeriod } from '../monitor/monitored-period';
import type { Scenario } from '../simulated-host/scenario';
import { BUILT_IN_SCENARIOS, builtInScenario } from '../simulated-host/scenarios';
import { reportToHtml } from './report-html';
import { reportToMarkdown } from './report-markdown';
import { buildReport, type ReportInput } from './report-model';

const t = createTranslator();

function scanOf(scenario: Scenario): ScanResult {
  const readings = readingsFromScenario(scenario);
  return { readings, diagnosis: diagnose(readings, { role: scenario.role }), durationMs: 1, finishedAt: '2026-11-29T10:00:00.000Z', scenarioId: scenario.id };
}

const input = (scenarios: readonly Scenario[], anonymize = false): ReportInput => ({
  appVersion: '1.2.3',
  generatedAt: '2026-11-29T10:05:00.000Z',
  anonymize,
  pcs: scenarios.map((scenario) => ({ label: scenario.title, scan: scanOf(scenario), changes: [] })),
});

describe('the report', () => {
  it.each(BUILT_IN_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    '%s: one self-contained HTML file with every finding and its proof',
    (_id, scenario) => {
      const model = buildReport(input([scenario]), t);
      const html = reportToHtml(model, t);
      expect(html).not.toMatch(/<script|<link|<iframe|<img|\bsrc=|@import|url\(/i);
      expect(html).not.toMatch(/https?:\/\//);
      for (const finding of model.pcs[0]!.findings)
        expect(html).toContain(
          finding.title.replace(/&/g, '&#38;').replace(/"/g, '&#34;').replace(/'/g, '&#39;').replace(/</g, '&#60;').replace(/>/g, '&#62;'),
        );
      // Written for people: the date in words, the time in this machine's time zone (10:05 UTC is the 29th from UTC-10 to UTC+13).
      expect(html).toMatch(/Made by Workgroup Doctor 1\.2\.3 on November 29, 2026 at \d{1,2}:\d{2}\s?[AP]M\./);
      expect(html).not.toContain('2026-11-29T');
      expect(model.pcs[0]!.rawOutputs.map((raw) => raw.source)).toContain('net-session');
      expect(reportToMarkdown(model, t)).toContain(`## ${model.pcs[0]!.label.replace(/([\\`*_{}[\]<>#|])/g, '\\$1')}`);
    },
  );

  it('is written in the translator’s language: the page’s lang, its words and its dates, while JSON keeps ISO times', () => {
    const scenario = builtInScenario('xp-print-host-at-limit')!;
    const thai = translatorFor('th');
    const thaiHtml = reportToHtml(buildReport(input([scenario]), thai), thai);
    expect(thaiHtml).toContain('<html lang="th">');
    expect(thaiHtml).toContain('สร้างโดย Workgroup Doctor 1.2.3 เมื่อ 29 พฤศจิกายน 2569');
    const german = translatorFor('de');
    const germanModel = buildReport(input([scenario]), german);
    expect(reportToHtml(germanModel, german)).toContain('<html lang="de">');
    expect(reportToMarkdown(germanModel, german)).toContain('Erstellt von Workgroup Doctor 1.2.3 am 29. November 2026 um');
    expect(germanModel.generatedAt).toBe('2026-11-29T10:05:00.000Z');
    expect(germanModel.pcs[0]!.scannedAt).toBe('2026-11-29T10:00:00.000Z');
  });

  it('names the PC, its Windows, its limit and the connections against it', () => {
    const pc = buildReport(input([builtInScenario('xp-print-host-at-limit')!]), t).pcs[0]!;
    expect(pc).toMatchObject({
      windows: 'Microsoft Windows XP build 2600',
      limit: '10. Limit read from this PC (net config server).',
      sessionsUsed: 10,
      sessionsAnonymous: 4,
      limitMax: 10,
      verdict: 'critical',
      computerName: 'PRINTHOST',
    });
    expect(pc.connections).toBe('10 of 10 connections in use · 4 of them anonymous');
  });

  it('escapes whatever a PC printed, so no output can become markup', () => {
    const base = builtInScenario('win11-healthy')!;
    const hostile: Scenario = {
      ...base,
      shares: [...base.shares, { name: 'x<script>', resource: 'C:\\"><img src=x onerror=alert(1)>', remark: '</pre><script>alert(1)</script>', kind: 'disk' }],
    };
    const html = reportToHtml(buildReport(input([hostile]), t), t);
    expect(html).not.toMatch(/<script>|<img /);
    expect(html).toContain('&#60;/pre&#62;&#60;script&#62;');
    const markdown = reportToMarkdown(
      buildReport(input([{ ...hostile, shares: [...hostile.shares, { name: 'fence', resource: 'C:\\x', remark: '```` done', kind: 'disk' }] }]), t),
      t,
    );
    // The raw net share output holds four backticks in a row: its fence is longer than that.
    expect(markdown).toMatch(/`{5}text\n[^`]*`{4} done/);
  });

  it('a technician’s round: one summary row per PC', () => {
    const model = buildReport(
      input([builtInScenario('xp-print-host-at-limit')!, builtInScenario('win11-healthy')!, builtInScenario('win10-office-near-limit')!]),
      t,
    );
    const html = reportToHtml(model, t);
    expect(html).toContain('<title>Workgroup Doctor report: 3 PCs</title>');
    expect([...html.matchAll(/<tr><th scope="row"><a href="#pc-(\d)">/g)].map((match) => match[1])).toEqual(['1', '2', '3']);
    expect(model.pcs.map((pc) => pc.verdict)).toEqual(['critical', 'healthy', 'warning']);
  });

  it('with names hidden, no user name, computer name or address of the PCs is left, and each keeps one pseudonym', () => {
    const scenarios = [builtInScenario('xp-print-host-at-limit')!, builtInScenario('win10-office-near-limit')!];
    const model = buildReport(input(scenarios, true), t);
    const everything = JSON.stringify(model) + reportToHtml(model, t) + reportToMarkdown(model, t);
    const identifying = scenarios
      .flatMap((scenario) => [scenario.computerName, ...scenario.sessions.flatMap((session) => [session.computer, session.user, session.address ?? ''])])
      .filter((name) => name.length > 2);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const name of identifying) expect(everything, name).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(name)}(?![\\p{L}\\p{N}_-])`, 'iu'));
    // Idle times are not mistaken for IPv6 addresses.
    expect(everything).toContain('00:07:00');
    expect(model.anonymized).toBe(true);
    const first = model.pcs[0]!.sessions!;
    const pseudonyms = new Set(first.map((session) => session.computer));
    expect([...pseudonyms].every((name) => /^(computer|address)-\d+$/.test(name))).toBe(true);
    // The same computer is called the same in its table row and in the raw output.
    const rawSessions = model.pcs[0]!.rawOutputs.find((raw) => raw.source === 'net-session')!.text;
    for (const name of pseudonyms) expect(rawSessions).toContain(name);
  });

  describe('a watched period', () => {
    const at = (minute: number) => Date.UTC(2026, 10, 29, 9, minute);
    const period: MonitoredPeriod = {
      startedAt: at(0),
      endedAt: at(30),
      polls: 361,
      limit: 10,
      peak: { total: 10, anonymous: 4, at: at(12) },
      limitReached: { firstAt: at(12), times: 2 },
      arrivalsBeforeLimit: [
        { time: at(11), change: 'joined', computer: 'VISITOR7', user: 'jonas', opened: [] },
        { time: at(12), change: 'joined', computer: 'LAPTOP1', user: '', opened: ['\\PIPE\\spoolss'] },
      ],
    };
    const withPeriod = (anonymize: boolean): ReportInput => {
      const base = input([builtInScenario('xp-print-host-at-limit')!], anonymize);
      return { ...base, pcs: [{ ...base.pcs[0]!, monitoredPeriod: period }] };
    };

    it('says when it was watched, the peak, when the slots filled up, and who arrived just before', () => {
      const model = buildReport(withPeriod(false), t);
      expect(model.pcs[0]!.monitoredPeriod).toEqual({
        period: 'Watched from 2026-11-29T09:00:00.000Z to 2026-11-29T09:30:00.000Z (361 checks).',
        peak: 'The most in use: 10, 4 of them anonymous, at 2026-11-29T09:12:00.000Z.',
        limit: 'All 10 slots were in use 2 times, first at 2026-11-29T09:12:00.000Z.',
        arrivals: [
          { when: '2026-11-29T09:11:00.000Z', computer: 'VISITOR7', user: 'jonas', opened: '' },
          { when: '2026-11-29T09:12:00.000Z', computer: 'LAPTOP1', user: 'anonymous (null session)', opened: '\\PIPE\\spoolss' },
        ],
      });
      const html = reportToHtml(model, t);
      expect(html).toContain('<h3>Watched connections</h3>');
      expect(html).toContain('<td>VISITOR7</td>');
      expect(reportToMarkdown(model, t)).toContain('| 2026-11-29T09:12:00.000Z | LAPTOP1 | anonymous (null session) | \\\\PIPE\\\\spoolss |');
      expect(buildReport(input([builtInScenario('xp-print-host-at-limit')!]), t).pcs[0]!.monitoredPeriod).toBeNull();
    });

    it('with names hidden, hides those who arrived while watched too, even when the scan never saw them', () => {
      const everything = JSON.stringify(buildReport(withPeriod(true), t));
      expect(everything).not.toMatch(/VISITOR7|jonas|LAPTOP1/);
    });
  });
});
