import type { Translate } from '../i18n/translate';
import type { Diagnosis } from './diagnose';

/** The three facts every readable report of a PC starts with, in the reader's words. */
export interface PcOverview {
  readonly windows: string;
  readonly limit: string;
  readonly connections: string;
}

/** Windows' version, the connection limit and where it came from, and the connections in use (anonymous ones named). */
export function pcOverview(diagnosis: Pick<Diagnosis, 'os' | 'limit' | 'sessions'>, t: Translate): PcOverview {
  const os = diagnosis.os;
  const windows = os
    ? [os.name, os.edition && `(${os.edition})`, os.build && t('report.build', { build: os.build })].filter(Boolean).join(' ')
    : t('report.windowsUnknown');
  const limit =
    diagnosis.limit.max === null
      ? t('report.limitUnknown')
      : t('report.limit', { max: diagnosis.limit.max, source: t(`findings.gauge.limitSource.${diagnosis.limit.source}`) });
  const inUse = diagnosis.sessions
    ? diagnosis.limit.max === null
      ? t('findings.gauge.textNoLimit', { used: diagnosis.sessions.total })
      : t('findings.gauge.text', { used: diagnosis.sessions.total, max: diagnosis.limit.max })
    : t('findings.gauge.unreadable');
  const connections =
    diagnosis.sessions && diagnosis.sessions.null > 0 ? `${inUse} · ${t('findings.gauge.nullPart', { count: diagnosis.sessions.null })}` : inUse;
  return { windows, limit, connections };
}
