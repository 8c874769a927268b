import { useTranslate } from '../i18n/translation-context';
import { isDemo } from '../store/selectors';
import { useWizardStore } from '../store/wizard-store';
import { useFocusWhen } from './use-focus-when';

/**
 * "Restart as administrator" wherever something needs it: the app starts again elevated and scans at
 * once (on a demo PC the simulated PC is elevated and scanned again here). Once pressed, the button
 * gives way to what happens next, and focus goes there.
 */
export function RestartAsAdministrator() {
  const t = useTranslate();
  const elevation = useWizardStore((s) => s.elevation);
  const restart = useWizardStore((s) => s.restartAsAdministrator);
  const demo = useWizardStore(isDemo);
  const message = useFocusWhen<HTMLParagraphElement>(elevation.kind === 'restarting' || elevation.kind === 'not-possible' ? elevation : null);
  const asking = elevation.kind === 'asking';
  return (
    <div className="elevation">
      {elevation.kind === 'restarting' ? (
        <p role="status" tabIndex={-1} ref={message} className="notice">
          {t('elevation.restarting')}
        </p>
      ) : (
        <>
          <button type="button" className="primary" aria-disabled={asking || undefined} onClick={() => void restart()}>
            {asking ? t('elevation.asking') : t('elevation.button')}
          </button>
          {demo && <p className="muted">{t('elevation.demo')}</p>}
        </>
      )}
      {elevation.kind === 'not-possible' && (
        <p role="alert" tabIndex={-1} ref={message} className="notice notice-error">
          {t('elevation.notPossible', { reason: elevation.reason })}
        </p>
      )}
    </div>
  );
}
