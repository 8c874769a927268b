import { SCAN_PROGRESS_SOURCES } from '../../../shared/ipc/contract';
import { useTranslate } from '../i18n/translation-context';
import { scanCompletion } from '../store/selectors';
import type { WizardStep } from '../store/wizard-state';
import { useWizardStore } from '../store/wizard-store';

/** How far a scan is, check by check, with the button that stops it: on the Scan step, and in place on Findings. */
export function ScanProgress({ step }: { step: Extract<WizardStep, { kind: 'scan' }> }) {
  const t = useTranslate();
  const cancelScan = useWizardStore((s) => s.cancelScan);
  const { done, total } = scanCompletion(step);
  return (
    <>
      <progress max={total} value={done} aria-label={t('scan.progressLabel')} />
      <p aria-live="polite">{t('scan.progressText', { done, total })}</p>
      <ul className="scan-sources">
        {SCAN_PROGRESS_SOURCES.map((source) => {
          const status = step.progress[source] ?? 'waiting';
          return (
            <li key={source} className={`scan-source status-${status}`}>
              <span className="scan-source-name">{t(`source.${source}`)}</span>
              <span className="scan-source-status">{t(`scan.status.${status}`)}</span>
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <button type="button" onClick={() => void cancelScan()} aria-disabled={step.cancelling || undefined}>
          {step.cancelling ? t('scan.cancelling') : t('scan.cancel')}
        </button>
      </div>
    </>
  );
}
