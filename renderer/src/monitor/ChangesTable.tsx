import { useState } from 'react';
import type { SessionChange } from '../../../shared/monitor/session-changes';
import { Pagination } from '../components/Pagination';
import { useTranslate } from '../i18n/translation-context';
import { clockTimeFormat } from './clock-time';

const PAGE_SIZE = 15;

/** Who connected and who left while watched, newest first, a page at a time. */
export function ChangesTable({ changes, dropped }: { changes: readonly SessionChange[]; dropped: number }) {
  const t = useTranslate();
  const [page, setPage] = useState(0);
  if (changes.length === 0) return <p className="muted">{t('monitor.changes.none')}</p>;
  const clockTime = clockTimeFormat(t.locale);
  const pages = Math.ceil(changes.length / PAGE_SIZE);
  const shown = Math.min(page, pages - 1);
  const newestFirst = changes.length - 1 - shown * PAGE_SIZE;
  const rows = Array.from({ length: Math.min(PAGE_SIZE, newestFirst + 1) }, (_, i) => changes[newestFirst - i]!);
  return (
    <>
      <table className="monitor-changes">
        <caption className="visually-hidden">{t('monitor.changes.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('monitor.changes.time')}</th>
            <th scope="col">{t('monitor.changes.change')}</th>
            <th scope="col">{t('monitor.changes.computer')}</th>
            <th scope="col">{t('monitor.changes.user')}</th>
            <th scope="col">{t('monitor.changes.opened')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((change, i) => (
            <tr key={`${change.time}-${i}`} className={change.change === 'joined' ? 'joined' : 'left'}>
              <td>{clockTime(change.time)}</td>
              <td>{t(change.change === 'joined' ? 'monitor.changes.joined' : 'monitor.changes.left')}</td>
              <td>{change.computer}</td>
              <td>{change.user === '' ? <span className="badge badge-null">{t('findings.sessions.anonymous')}</span> : change.user}</td>
              <td>{change.opened.length > 0 && <code>{change.opened.join(', ')}</code>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={shown} pages={pages} what={t('monitor.changes.heading')} onChange={setPage} />
      {dropped > 0 && <p className="muted">{t('monitor.changes.dropped', { count: dropped })}</p>}
    </>
  );
}
