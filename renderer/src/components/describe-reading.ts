import type { CommandFailure } from '../../../shared/commands/command-failure';
import { assertNever } from '../../../shared/commands/command-failure';
import type { SourceReading } from '../../../shared/diagnosis/readings';
import type { Translate } from '../../../shared/i18n/translate';

/** Why a command gave nothing usable, in the user's words and with what to do about it. */
export function describeFailure(failure: CommandFailure, t: Translate): string {
  switch (failure.kind) {
    case 'program-missing':
      return t('failure.program-missing', { path: failure.path });
    case 'could-not-start':
      return t('failure.could-not-start', { reason: failure.reason });
    case 'timed-out':
      return t('failure.timed-out', { seconds: Math.round(failure.timeoutMs / 1000) });
    case 'cancelled':
      return t('failure.cancelled');
    case 'output-too-large':
      return t('failure.output-too-large');
    case 'access-denied':
      return t('failure.access-denied');
    case 'server-service-stopped':
      return t('failure.server-service-stopped');
    case 'system-error':
      return t('failure.system-error', { code: failure.code });
    case 'exit-code':
      return t('failure.exit-code', { exitCode: failure.exitCode });
    case 'unreadable-output':
      return t('failure.unreadable-output', { reason: failure.reason });
    default:
      return assertNever(failure);
  }
}

/** Why a source has nothing to show, or null when it was read. */
export function whyUnavailable(reading: SourceReading, t: Translate): string | null {
  if (reading.status === 'ok') return null;
  if (reading.status === 'failed') return describeFailure(reading.failure, t);
  return t(`notRun.${reading.reason}`);
}
