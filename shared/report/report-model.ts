import type { Severity } from '../diagnosis/finding';
import { findingText } from '../diagnosis/finding-text';
import { readHostFacts } from '../diagnosis/host-facts';
import { pcOverview } from '../diagnosis/pc-overview';
import { SOURCE_IDS, type SourceId } from '../diagnosis/readings';
import type { Translate } from '../i18n/translate';
import type { ScanResult } from '../ipc/contract';
import { clientTypeName } from '../windows/client-type-name';
import type { MonitoredPeriod } from '../monitor/monitored-period';
import { pseudonymizer } from './pseudonyms';
import { reportMonitoredPeriod, type ReportMonitoredPeriod } from './report-monitored-period';

/** A change made on the PC, as its front end describes it for a report (words already chosen). */
export interface ReportChange {
  readonly when: string;
  readonly what: string;
  readonly result: string;
  /** Before and after, or the problem, one line each. */
  readonly details: readonly string[];
}

/** One PC of a report: a scan, and the changes recorded there. */
export interface ReportPcInput {
  /** How the technician knows it: "this PC", a simulated PC's title, the folder the outputs came from. */
  readonly label: string;
  readonly scan: ScanResult;
  readonly changes: readonly ReportChange[];
  /** A period its connections were watched (the monitor), when there was one. */
  readonly monitoredPeriod?: MonitoredPeriod;
}

export interface ReportInput {
  readonly appVersion: string;
  /** ISO time the report was made. */
  readonly generatedAt: string;
  readonly pcs: readonly ReportPcInput[];
  /** Replace user and computer names and addresses by stable pseudonyms (for sending it to someone else). */
  readonly anonymize: boolean;
}

export interface ReportFinding {
  readonly id: string;
  readonly severity: Severity;
  readonly severityText: string;
  readonly title: string;
  readonly explanation: string;
  readonly evidence: readonly string[];
}

export interface ReportPc {
  readonly label: string;
  readonly computerName: string | null;
  readonly windows: string;
  readonly limit: string;
  readonly connections: string;
  readonly sessionsUsed: number | null;
  readonly sessionsAnonymous: number | null;
  readonly limitMax: number | null;
  readonly scannedAt: string;
  readonly verdict: 'critical' | 'warning' | 'healthy';
  readonly findings: readonly ReportFinding[];
  readonly sessions:
    | readonly {
        readonly computer: string;
        readonly user: string;
        /** As net session printed it (cut to 17 characters), and in a user's words with that kept beside it. */
        readonly clientType: string;
        readonly client: string;
        readonly opens: number;
        readonly idleSeconds: number;
      }[]
    | null;
  readonly openFiles: readonly { readonly id: number; readonly path: string; readonly user: string; readonly locks: number }[] | null;
  readonly shares: readonly { readonly name: string; readonly resource: string; readonly remark: string }[] | null;
  readonly changes: readonly ReportChange[];
  /** A period its connections were watched, when there was one. */
  readonly monitoredPeriod: ReportMonitoredPeriod | null;
  readonly rawOutputs: readonly { readonly source: SourceId; readonly title: string; readonly status: string; readonly text: string }[];
}

/** Everything a report shows, in words already chosen; HTML, Markdown and JSON are views of it. */
export interface ReportModel {
  readonly format: 'workgroup-doctor-report';
  readonly version: 1;
  readonly appVersion: string;
  readonly generatedAt: string;
  readonly anonymized: boolean;
  readonly pcs: readonly ReportPc[];
}

/**
 * The report of one or several PCs (a technician's round of an office), from their scans. Pure: the
 * words come from the message catalog, the data from the scans; with `anonymize`, every user name,
 * computer name and address is replaced by the same pseudonym everywhere, raw outputs included.
 */
export function buildReport(input: ReportInput, t: Translate): ReportModel {
  const pcs = input.pcs.map((pc) => reportPc(pc, t));
  const model: ReportModel = {
    format: 'workgroup-doctor-report',
    version: 1,
    appVersion: input.appVersion,
    generatedAt: input.generatedAt,
    anonymized: input.anonymize,
    pcs,
  };
  if (!input.anonymize) return model;
  const hide = pseudonymizer(
    input.pcs.map((pc) => pc.scan),
    input.pcs.flatMap((pc) => pc.monitoredPeriod?.arrivalsBeforeLimit ?? []),
  );
  return mapStrings(model, hide, new Set(['format', 'severity', 'verdict', 'source', 'generatedAt', 'scannedAt', 'appVersion', 'id']));
}

function reportPc(input: ReportPcInput, t: Translate): ReportPc {
  const { diagnosis, readings } = input.scan;
  const { windows, limit, connections } = pcOverview(diagnosis, t);
  const worst = diagnosis.findings[0]?.severity;
  const facts = readHostFacts(readings);
  return {
    label: input.label,
    computerName: facts.serverConfig?.serverName || null,
    windows,
    limit,
    connections,
    sessionsUsed: diagnosis.sessions?.total ?? null,
    sessionsAnonymous: diagnosis.sessions?.null ?? null,
    limitMax: diagnosis.limit.max,
    scannedAt: input.scan.finishedAt,
    verdict: worst === 'critical' || worst === 'warning' ? worst : 'healthy',
    findings: diagnosis.findings.map((finding) => ({
      id: finding.id,
      severity: finding.severity,
      severityText: t(`severity.${finding.severity}`),
      ...findingText(finding, t),
      evidence: finding.evidence.map((line) => `${line.source}${line.lineNumber === null ? '' : `:${line.lineNumber}`}  ${line.text}`),
    })),
    sessions:
      facts.sessions?.map(({ computer, user, clientType, opens, idleSeconds }) => ({
        computer,
        user,
        clientType,
        client: clientColumn(clientType),
        opens,
        idleSeconds,
      })) ?? null,
    openFiles: facts.openFiles?.map(({ id, path, user, locks }) => ({ id, path, user, locks })) ?? null,
    shares: facts.shares?.map(({ name, resource, remark }) => ({ name, resource, remark })) ?? null,
    changes: input.changes,
    monitoredPeriod: input.monitoredPeriod ? reportMonitoredPeriod(input.monitoredPeriod, t) : null,
    rawOutputs: SOURCE_IDS.flatMap((source) => {
      const reading = readings.sources[source];
      if (reading.status === 'not-run') return [];
      return [{ source, title: t(`source.${source}`), status: t(`findings.raw.status.${reading.status}`), text: reading.text }];
    }),
  };
}

/** A client's Windows by name, with the text net session printed beside it when that differs ("Windows XP (Windows 2002 Serv)"). */
function clientColumn(clientType: string): string {
  const name = clientTypeName(clientType);
  return name === null || name === clientType.trim() ? clientType.trim() : `${name} (${clientType.trim()})`;
}

/** The same value with `change` applied to every string in it, except under the keys listed. */
function mapStrings<T>(value: T, change: (text: string) => string, keep: ReadonlySet<string>): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return (value as unknown[]).map((item) => mapStrings(item, change, keep)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, keep.has(key) ? item : mapStrings(item, change, keep)])) as T;
  }
  return value;
}
