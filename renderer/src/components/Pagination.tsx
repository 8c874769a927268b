import { useTranslate } from '../i18n/translation-context';

/** Previous/next buttons for a long table; hidden when everything fits on one page. */
export function Pagination({ page, pages, what, onChange }: { page: number; pages: number; what: string; onChange: (page: number) => void }) {
  const t = useTranslate();
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label', { what })}>
      <button type="button" onClick={() => onChange(page - 1)} disabled={page === 0}>
        {t('pagination.previous')}
      </button>
      <span aria-live="polite">{t('pagination.status', { page: page + 1, pages })}</span>
      <button type="button" onClick={() => onChange(page + 1)} disabled={page >= pages - 1}>
        {t('pagination.next')}
      </button>
    </nav>
  );
}
