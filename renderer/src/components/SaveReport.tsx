import { useId, useRef, useState } from 'react';
import { REPORT_FORMATS, type ReportFormat } from '../../../shared/report/report-file';
import { BridgeError, call } from '../api/bridge';
import { saveDownload } from '../api/save-download';
import { useTranslate } from '../i18n/translation-context';
import { currentLanguage } from '../store/selectors';
import { useWizardStore } from '../store/wizard-store';
import { useFocusWhen } from './use-focus-when';

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * "Save report…": the last scan and the changes made, as HTML (to read or print), Markdown (for a
 * ticket) or JSON (for scripts), with names and addresses hidden on request, saved as a file.
 */
export function SaveReport() {
  const t = useTranslate();
  const language = useWizardStore(currentLanguage);
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<ReportFormat>('html');
  const [anonymize, setAnonymize] = useState(false);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const message = useFocusWhen<HTMLParagraphElement>(state.kind === 'saved' || state.kind === 'failed' ? state : null);

  const save = async () => {
    if (state.kind === 'saving') return;
    setState({ kind: 'saving' });
    try {
      const file = await call('makeReport', { format, anonymize, language });
      dialog.current?.close();
      if (file === null) setState({ kind: 'failed', message: t('saveReport.noScan') });
      else {
        saveDownload(file);
        setState({ kind: 'saved', fileName: file.fileName });
      }
    } catch (error) {
      dialog.current?.close();
      setState({ kind: 'failed', message: error instanceof BridgeError || error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t('saveReport.button')}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-heading`} className="dialog">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <h2 id={`${id}-heading`}>{t('saveReport.heading')}</h2>
          <p>{t('saveReport.intro')}</p>
          <fieldset className="choices compact">
            <legend>{t('saveReport.format')}</legend>
            {REPORT_FORMATS.map((option) => (
              <label key={option} className={format === option ? 'choice selected' : 'choice'}>
                <input type="radio" name={`${id}-format`} value={option} checked={format === option} onChange={() => setFormat(option)} />
                <span>
                  <span className="choice-title">{t(`saveReport.format.${option}`)}</span>
                  <span className="choice-hint">{t(`saveReport.format.${option}.hint`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <label className="confirm-check">
            <input type="checkbox" checked={anonymize} onChange={(event) => setAnonymize(event.target.checked)} />
            {t('saveReport.anonymize')}
          </label>
          <div className="actions">
            <button type="button" onClick={() => dialog.current?.close()}>
              {t('saveReport.cancel')}
            </button>
            <button type="submit" className="primary" aria-disabled={state.kind === 'saving' || undefined}>
              {state.kind === 'saving' ? t('saveReport.saving') : t('saveReport.save')}
            </button>
          </div>
        </form>
      </dialog>
      {state.kind === 'saved' && (
        <p role="status" tabIndex={-1} ref={message} className="notice notice-ok">
          {t('saveReport.saved', { fileName: state.fileName })}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" tabIndex={-1} ref={message} className="notice notice-error">
          {t('saveReport.failed', { message: state.message })}
        </p>
      )}
    </>
  );
}
