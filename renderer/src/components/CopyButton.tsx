import { useState } from 'react';
import { useTranslate } from '../i18n/translation-context';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text to the clipboard and says, next to the button, whether it worked. */
export function CopyButton({ text, label, small = true }: { text: string | (() => string); label: string; small?: boolean }) {
  const t = useTranslate();
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setState('copied');
    } catch {
      // No clipboard (permission refused, an old browser): the text is on the page to select by hand.
      setState('failed');
    }
  };
  return (
    <span className="copy">
      <button type="button" className={small ? 'small' : undefined} onClick={() => void copy()}>
        {label}
      </button>{' '}
      {/* A live region, not role="status": the page's one status is what a step did, not what a copy did. */}
      <span aria-live="polite" className={state === 'failed' ? 'copy-status error' : 'copy-status'}>
        {state === 'copied' ? t('copy.done') : state === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  );
}
