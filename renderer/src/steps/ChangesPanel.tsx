import { canUndo, changeSummary, entryState, stepMessages, type EntryState, type JournalEntry } from '../../../shared/fixes/journal-entry';
import { messageText } from '../components/message-text';
import { useFocusWhen } from '../components/use-focus-when';
import { useTranslate } from '../i18n/translation-context';
import { useWizardStore } from '../store/wizard-store';

/** States that ask for the user's attention: a change in effect, or one that stopped halfway. */
const NOTABLE: ReadonlySet<EntryState> = new Set(['applied', 'interrupted', 'undo-interrupted']);

/** Every change this app made on the PC, newest first, with its undo: the journal, for everyone. */
export function ChangesPanel() {
  const t = useTranslate();
  const changes = useWizardStore((s) => s.changes);
  const undo = useWizardStore((s) => s.changesUndo);
  const undoFromChanges = useWizardStore((s) => s.undoFromChanges);
  // The pressed Undo goes away with the change it undid: focus goes to what happened instead.
  const outcome = useFocusWhen<HTMLParagraphElement>(undo.response ?? undo.error);
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
  // A change being made right now (here or in the command line) is not offered for undo yet.
  const undoable = (entry: JournalEntry) => canUndo(entry) && entryState(entry, changes.changeRunning) !== 'in-progress';
  return (
    <section className="changes" aria-labelledby="changes-heading">
      <h3 id="changes-heading">{t('changes.heading')}</h3>
      <ul>
        {entries.map((entry) => {
          const state = entryState(entry, changes.changeRunning);
          return (
            <li key={entry.id} data-entry={entry.id} data-state={state}>
              <span>{t('changes.item', { when: new Date(entry.startedAt).toLocaleString(), summary: messageText(changeSummary(entry.change), t) })}</span>{' '}
              <span className={`badge ${NOTABLE.has(state) ? 'badge-warning' : 'badge-muted'}`}>{t(`changes.status.${state}`)}</span>{' '}
              {undoable(entry) ? (
                <button type="button" className="small" aria-disabled={undo.running || undefined} onClick={() => void undoFromChanges(entry.id)}>
                  {t('changes.undo')}
                </button>
              ) : (
                entry.status === 'applied' && <span className="muted">{t('changes.notUndoable')}</span>
              )}
              {(state === 'interrupted' || state === 'undo-interrupted') && <RecordedSteps entry={entry} />}
            </li>
          );
        })}
      </ul>
      {entries.filter(undoable).length > 1 && (
        <button type="button" aria-disabled={undo.running || undefined} onClick={() => void undoFromChanges('all')}>
          {t('changes.undoAll')}
        </button>
      )}
      {undo.response?.kind === 'ran' && (
        <p role="status" tabIndex={-1} ref={outcome}>
          {t('changes.undone')}
        </p>
      )}
      {undo.response?.kind === 'refused' && (
        <p role="alert" tabIndex={-1} ref={outcome} className="notice notice-error">
          {messageText(undo.response.refusal.message, t)}
        </p>
      )}
      {undo.error && (
        <p role="alert" tabIndex={-1} ref={outcome} className="notice notice-error">
          {t('welcome.error', { message: undo.error })}
        </p>
      )}
    </section>
  );
}

/** What an interrupted change had recorded: each step that started, and whether it was confirmed. */
function RecordedSteps({ entry }: { entry: JournalEntry }) {
  const t = useTranslate();
  if (entry.steps.length === 0) return <p className="muted">{t('changes.interrupted.nothing-started')}</p>;
  const messages = stepMessages(entry.change);
  return (
    <div className="interrupted">
      <p className="muted">{t('changes.interrupted')}</p>
      <ol>
        {entry.steps.map((step, index) => (
          <li key={index} data-step-state={step.state}>
            {t(`changes.step.${step.state}`, { step: messages[index] ? messageText(messages[index], t) : String(index + 1) })}
          </li>
        ))}
      </ol>
    </div>
  );
}
