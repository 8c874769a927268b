import { CopyButton } from './CopyButton';

/**
 * Output or commands as printed, with a Copy button. The block can be reached with Tab and scrolled with
 * the arrow keys (a region only a mouse can scroll hides the end of long lines from everyone else);
 * `wrap` folds long command lines instead, where columns do not matter.
 */
export function CommandBlock({ text, label, copyLabel, wrap = false }: { text: string; label: string; copyLabel: string; wrap?: boolean }) {
  return (
    <div className="command-block">
      <pre tabIndex={0} role="group" aria-label={label} className={wrap ? 'wrap' : 'scroll'}>
        {text}
      </pre>
      <CopyButton text={text} label={copyLabel} />
    </div>
  );
}
