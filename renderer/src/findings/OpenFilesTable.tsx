import { useState } from 'react';
import type { NetFile } from '../../../shared/parsers/net-file';
import { Pagination } from '../components/Pagination';
import { useTranslate } from '../i18n/translation-context';
import { pageOf } from '../store/selectors';

const FILES_PER_PAGE = 50;
const SPOOLER_PIPE = /\\PIPE\\spoolss$/i;

export function OpenFilesTable({ files }: { files: readonly NetFile[] }) {
  const t = useTranslate();
  const [page, setPage] = useState(0);
  if (files.length === 0) return <p>{t('findings.files.none')}</p>;
  const shown = pageOf(files, page, FILES_PER_PAGE);
  return (
    <>
      <table className="data-table">
        <caption>{t('findings.files.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('findings.files.id')}
            </th>
            <th scope="col">{t('findings.files.path')}</th>
            <th scope="col">{t('findings.files.user')}</th>
            <th scope="col" className="numeric">
              {t('findings.files.locks')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.items.map((file) => (
            <tr key={file.lineNumber} className={file.user === '' ? 'null-session' : undefined}>
              <td className="numeric">{file.id}</td>
              <td>
                <code>{file.path}</code> {SPOOLER_PIPE.test(file.path) && <span className="badge badge-warning">{t('findings.files.spooler')}</span>}
              </td>
              <td>{file.user === '' ? <span className="badge badge-null">{t('findings.sessions.anonymous')}</span> : file.user}</td>
              <td className="numeric">{file.locks}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={shown.page} pages={shown.pages} what={t('findings.files.heading')} onChange={setPage} />
    </>
  );
}
