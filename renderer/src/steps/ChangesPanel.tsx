import type { MessageKey } from '../../../shared/i18n/translate';
import { canUndo } from '../../../shared/fixes/journal-entry';
import { messageText } from '../components/message-text';
import { useTranslate } from '../i18n/translation-context';
import { useWizardStore } from '../store/wizard-store';

/** Every change this app made on the PC, newest first, with its undo: the journal, for everyone. */
export function ChangesPanel() {
  const t = useTranslate();
  const changes = useWizardStore((s) => s.changes);
  const undo = useWizardStore((s) => s.changesUndo);
  const undoFromChanges = useWizardStore((s) => s.undoFromChanges);
  if (changes === null) return null;
  if (changes.kind === 'damaged') {
    return (
      <section className="changes" aria-labelledby="changes-heading">
        <h3 id="changes-heading">{t('changes.heading')}</h3>
        <p role="alert" className="notice notice-error">
          {t('changes.damaged', { path: changes.path, reason: changes.reason })}
        </p>
      </section>
    );
  }
  const entries = [...changes.entries].reverse();
  if (entries.length === 0) return null;
  const undoable = entries.filter(canUndo);
  return (
    <section className="changes" aria-labelledby="changes-heading">
      <h3 id="changes-heading">{t('changes.heading')}</h3>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id} data-entry={entry.id}>
            <span>{t('changes.item', { when: new Date(entry.startedAt).toLocaleString(), summary: messageText(entry.summary, t) })}</span>{' '}
            <span className={`badge ${entry.status === 'applied' ? 'badge-warning' : 'badge-muted'}`}>{t(`changes.status.${entry.status}` as MessageKey)}</span>{' '}
            {canUndo(entry) ? (
              <button type="button" className="small" disabled={undo.running} onClick={() => void undoFromChanges(entry.id)}>
                {t('changes.undo')}
              </button>
            ) : (
              entry.status === 'applied' && <span className="muted">{t('changes.notUndoable')}</span>
            )}
          </li>
        ))}
      </ul>
      {undoable.length > 1 && (
        <button type="button" disabled={undo.running} onClick={() => void undoFromChanges('all')}>
          {t('changes.undoAll')}
        </button>
      )}
      {undo.response?.kind === 'ran' && <p role="status">{t('changes.undone')}</p>}
      {undo.response?.kind === 'refused' && (
        <p role="alert" className="notice notice-error">
          {messageText(undo.response.refusal.message, t)}
        </p>
      )}
      {undo.error && (
        <p role="alert" className="notice notice-error">
          {t('welcome.error', { message: undo.error })}
        </p>
      )}
    </section>
  );
}
