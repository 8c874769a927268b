import { useEffect } from 'react';
import { useTranslate } from '../i18n/translation-context';
import { useAppStore } from '../store/app-store';

export function App() {
  const t = useTranslate();
  const boot = useAppStore((state) => state.boot);
  const loadAppInfo = useAppStore((state) => state.loadAppInfo);

  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </header>
      {boot.kind === 'ready' && boot.info.mode === 'demo' && (
        <div className="banner banner-demo" role="status">
          <strong>{t('app.demoBanner')}</strong>
          {boot.info.demoReason && <span> {t(`app.demoReason.${boot.info.demoReason}`)}</span>}
        </div>
      )}
      <main>
        {boot.kind === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
        {boot.kind === 'failed' && (
          <p role="alert" className="error">
            {t('app.loadFailed', { message: boot.message })}
          </p>
        )}
        {boot.kind === 'ready' && (
          <section aria-labelledby="welcome-heading">
            <h2 id="welcome-heading">{t('welcome.heading')}</h2>
            <p>{t('welcome.intro')}</p>
            <p>{t('welcome.comingSoon')}</p>
          </section>
        )}
      </main>
    </div>
  );
}
