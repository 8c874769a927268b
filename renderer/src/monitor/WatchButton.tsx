import { useId } from 'react';
import { useTranslate } from '../i18n/translation-context';
import { useMonitorStore } from './monitor-store';
import './watch-button.css';

/** "Watch connections": opens the monitor from the first page and from the findings. */
export function WatchButton() {
  const t = useTranslate();
  const hint = useId();
  const openMonitor = useMonitorStore((state) => state.openMonitor);
  return (
    <div className="watch-offer">
      <button type="button" onClick={openMonitor} aria-describedby={hint}>
        {t('monitor.open')}
      </button>
      <p id={hint} className="muted">
        {t('monitor.open.hint')}
      </p>
    </div>
  );
}
