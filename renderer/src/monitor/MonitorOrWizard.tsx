import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslate } from '../i18n/translation-context';
import { useMonitorStore } from './monitor-store';

// Loaded only when the monitor is opened: the chart library stays out of the wizard's own download.
const MonitorView = lazy(() => import('./MonitorView').then((module) => ({ default: module.MonitorView })));

/** The monitor's page while it is open, the wizard (left exactly as it was) otherwise. */
export function MonitorOrWizard({ children }: { children: ReactNode }) {
  const t = useTranslate();
  const open = useMonitorStore((state) => state.open);
  if (!open) return children;
  return (
    <Suspense fallback={<p aria-live="polite">{t('app.loading')}</p>}>
      <MonitorView />
    </Suspense>
  );
}
