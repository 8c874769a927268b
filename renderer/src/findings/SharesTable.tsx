import type { NetShare } from '../../../shared/parsers/net-share';
import { useTranslate } from '../i18n/translation-context';

export function SharesTable({ shares }: { shares: readonly NetShare[] }) {
  const t = useTranslate();
  if (shares.length === 0) return <p>{t('findings.shares.none')}</p>;
  return (
    <table className="data-table">
      <caption>{t('findings.shares.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('findings.shares.name')}</th>
          <th scope="col">{t('findings.shares.resource')}</th>
          <th scope="col">{t('findings.shares.remark')}</th>
        </tr>
      </thead>
      <tbody>
        {shares.map((share) => (
          <tr key={share.lineNumber}>
            <td>
              {share.name} {share.isPrinter && <span className="badge badge-info">{t('findings.shares.printer')}</span>}
            </td>
            <td>
              <code>{share.resource}</code>
            </td>
            <td>{share.remark}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
