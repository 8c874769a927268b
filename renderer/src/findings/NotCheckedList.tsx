import type { Diagnosis } from '../../../shared/diagnosis/diagnose';
import { notCheckedMessageKeys } from '../../../shared/diagnosis/not-checked';
import { RestartAsAdministrator } from '../components/RestartAsAdministrator';
import { useTranslate } from '../i18n/translation-context';
import { needsAdministrator } from '../store/selectors';

/**
 * What the scan could not judge, each with why: never shown as fine. Where an administrator could read
 * it, the way to get there is right here.
 */
export function NotCheckedList({ diagnosis }: { diagnosis: Diagnosis }) {
  const t = useTranslate();
  if (diagnosis.notChecked.length === 0 && !needsAdministrator(diagnosis)) return null;
  return (
    <section className="not-checked notice" aria-labelledby="not-checked-heading">
      <h3 id="not-checked-heading">{t('notChecked.heading')}</h3>
      {diagnosis.notChecked.length > 0 && (
        <>
          <p>{t('notChecked.intro')}</p>
          <ul>
            {diagnosis.notChecked.map((item) => (
              <li key={item.id} data-not-checked={item.id}>
                <strong>{t(notCheckedMessageKeys(item).what)}</strong>
                {' — '}
                {t(notCheckedMessageKeys(item).why)}
              </li>
            ))}
          </ul>
        </>
      )}
      {needsAdministrator(diagnosis) && (
        <>
          <p>{t('notChecked.restartHint')}</p>
          <RestartAsAdministrator />
        </>
      )}
    </section>
  );
}
