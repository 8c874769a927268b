import { useState } from 'react';
import { Pagination } from '../components/Pagination';
import { formatDuration } from '../components/format-duration';
import { useTranslate } from '../i18n/translation-context';
import { pageOf, sessionsByComputer } from '../store/selectors';
import type { ScanResult } from '../../../shared/ipc/contract';
import { clientTypeName } from '../../../shared/windows/client-type-name';

const COMPUTERS_PER_PAGE = 25;

/** Sessions grouped by client computer; null sessions marked. Paged, so 10,000 sessions stay quick. */
export function SessionsTable({ result }: { result: ScanResult }) {
  const t = useTranslate();
  const [page, setPage] = useState(0);
  const groups = sessionsByComputer(result);
  if (groups.length === 0) return <p>{t('findings.sessions.none')}</p>;
  const shown = pageOf(groups, page, COMPUTERS_PER_PAGE);
  const sessionCount = groups.reduce((sum, group) => sum + group.sessions.length, 0);
  return (
    <>
      <table className="data-table sessions-table">
        <caption>
          {t('findings.sessions.caption')} {t('findings.sessions.summary', { computers: groups.length, sessions: sessionCount })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('findings.sessions.computer')}</th>
            <th scope="col">{t('findings.sessions.user')}</th>
            <th scope="col">{t('findings.sessions.clientType')}</th>
            <th scope="col" className="numeric">
              {t('findings.sessions.opens')}
            </th>
            <th scope="col" className="numeric">
              {t('findings.sessions.idle')}
            </th>
          </tr>
        </thead>
        {shown.items.map((group) => (
          <tbody key={group.computer} className="computer-group">
            {group.sessions.map((session, index) => (
              <tr key={session.lineNumber} className={session.user === '' ? 'null-session' : undefined}>
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={group.sessions.length}>
                    {group.computer}
                  </th>
                )}
                <td>{session.user === '' ? <span className="badge badge-null">{t('findings.sessions.anonymous')}</span> : session.user}</td>
                <td>{clientTypeName(session.clientType) ?? t('user.none')}</td>
                <td className="numeric">{session.opens}</td>
                <td className="numeric">{formatDuration(session.idleSeconds, t)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <Pagination page={shown.page} pages={shown.pages} what={t('findings.sessions.heading')} onChange={setPage} />
    </>
  );
}
