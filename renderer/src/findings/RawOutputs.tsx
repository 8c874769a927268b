import { useState } from 'react';
import { SOURCE_IDS, type SourceId, type SourceReading } from '../../../shared/diagnosis/readings';
import type { HostReadings } from '../../../shared/diagnosis/readings';
import { whyUnavailable } from '../components/describe-reading';
import { CommandBlock } from '../components/CommandBlock';
import { useTranslate } from '../i18n/translation-context';

/** Every command's exact output behind a disclosure; the text is rendered only once opened. */
export function RawOutputs({ readings }: { readings: HostReadings }) {
  const t = useTranslate();
  return (
    <div className="raw-outputs">
      <p className="muted">{t('findings.raw.intro')}</p>
      {SOURCE_IDS.map((source) => (
        <RawOutput key={source} source={source} reading={readings.sources[source]} />
      ))}
    </div>
  );
}

function RawOutput({ source, reading }: { source: SourceId; reading: SourceReading }) {
  const t = useTranslate();
  const [open, setOpen] = useState(false);
  const duration = reading.status !== 'not-run' && reading.durationMs !== null ? ` · ${t('findings.raw.duration', { ms: reading.durationMs })}` : '';
  return (
    <details className={`raw-output raw-${reading.status}`} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t(`source.${source}`)} — {t(`findings.raw.status.${reading.status}`)}
        {duration}
      </summary>
      {open && reading.status === 'failed' && <p className="muted">{whyUnavailable(reading, t)}</p>}
      {open &&
        (reading.status === 'not-run' ? (
          <p>{whyUnavailable(reading, t)}</p>
        ) : (
          <CommandBlock label={t(`source.${source}`)} copyLabel={t('copy.output')} text={reading.text.trim() === '' ? t('findings.raw.empty') : reading.text} />
        ))}
    </details>
  );
}
