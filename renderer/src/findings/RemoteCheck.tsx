import { remoteCheckMessages } from '../../../shared/diagnosis/remote-check';
import type { ScanResult } from '../../../shared/ipc/contract';
import { messageText } from '../components/message-text';
import { useTranslate } from '../i18n/translation-context';
import { useWizardStore } from '../store/wizard-store';

/**
 * For the PC that shows error 71: ask the computer it connects to whether it answers, and whether it
 * is full, and say what to do on that computer. Only net view runs; nothing changes on either PC.
 */
export function RemoteCheck({ result }: { result: ScanResult }) {
  const t = useTranslate();
  const { name, running, answer, error } = useWizardStore((s) => s.remoteCheck);
  const setRemoteName = useWizardStore((s) => s.setRemoteName);
  const checkRemote = useWizardStore((s) => s.checkRemote);
  // This PC adds to the other one's problem when it shares a printer (Method 2 is then offered here).
  const sharesPrinter = result.diagnosis.findings.some((finding) => finding.id === 'printer-shared-here');

  return (
    <section className="findings-section remote-check" aria-labelledby="remote-check-heading">
      <h3 id="remote-check-heading">{t('remoteCheck.heading')}</h3>
      <p>{t('remoteCheck.intro')}</p>
      <form
        className="remote-check-form"
        onSubmit={(event) => {
          event.preventDefault();
          void checkRemote();
        }}
      >
        <label htmlFor="remote-computer">{t('remoteCheck.label')}</label>{' '}
        <input
          id="remote-computer"
          type="text"
          value={name}
          autoComplete="off"
          spellCheck={false}
          maxLength={256}
          onChange={(event) => setRemoteName(event.target.value)}
        />{' '}
        <button type="submit" disabled={running || name.trim() === ''}>
          {running ? t('remoteCheck.checking') : t('remoteCheck.button')}
        </button>
      </form>
      <div className="remote-check-answer" aria-live="polite">
        {answer && (
          <div
            className={`notice ${answer.kind === 'answered' ? 'notice-ok' : answer.kind === 'refused' && answer.refusal === 'at-limit' ? 'notice-error' : ''}`}
          >
            {remoteCheckMessages(answer, sharesPrinter).map((message) => (
              <p key={message.key}>{messageText(message, t)}</p>
            ))}
          </div>
        )}
        {error && <p className="notice notice-error">{t('welcome.error', { message: error })}</p>}
      </div>
    </section>
  );
}
