import type { Diagnosis } from '../../../shared/diagnosis/diagnose';
import { useTranslate } from '../i18n/translation-context';

/** Sessions against the limit, as a bar with a legend, and the numbers spelled out beside it. */
export function SessionGauge({ diagnosis }: { diagnosis: Diagnosis }) {
  const t = useTranslate();
  const { sessions, limit } = diagnosis;
  if (!sessions) return <p className="gauge-unreadable">{t('findings.gauge.unreadable')}</p>;
  const max = limit.max;
  const full = max !== null && sessions.total >= max;
  const text = max === null ? t('findings.gauge.textNoLimit', { used: sessions.total }) : t('findings.gauge.text', { used: sessions.total, max });
  const named = sessions.total - sessions.null;
  const shown = max !== null && max > 0 && max < 1_000_000;
  return (
    <div className={full ? 'gauge gauge-full' : 'gauge'}>
      <div className="gauge-numbers">
        <strong>{text}</strong>
        {sessions.null > 0 && <span> · {t('findings.gauge.nullPart', { count: sessions.null })}</span>}
      </div>
      {shown && (
        <>
          <div className="gauge-bar" aria-hidden="true">
            <div className="gauge-named" style={{ width: `${(Math.min(named, max) / max) * 100}%` }} />
            <div className="gauge-null" style={{ width: `${(Math.min(sessions.null, Math.max(0, max - named)) / max) * 100}%` }} />
          </div>
          <ul className="gauge-legend">
            <li>
              <span className="swatch gauge-named" aria-hidden="true" /> {t('findings.gauge.legend.named', { count: named })}
            </li>
            <li>
              <span className="swatch gauge-null" aria-hidden="true" /> {t('findings.gauge.legend.anonymous', { count: sessions.null })}
            </li>
            <li>
              <span className="swatch gauge-free" aria-hidden="true" /> {t('findings.gauge.legend.free', { count: Math.max(0, max - sessions.total) })}
            </li>
          </ul>
        </>
      )}
      <meter
        className="visually-hidden"
        min={0}
        max={max ?? Math.max(sessions.total, 1)}
        value={sessions.total}
        aria-label={t('findings.gauge.label')}
        aria-valuetext={text}
      />
      <p className="muted">{t(`findings.gauge.limitSource.${limit.source}`)}</p>
    </div>
  );
}
