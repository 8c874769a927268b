import type { ScanResult } from '../../../shared/ipc/contract';
import { summaryParagraph } from '../../../shared/report/summary-paragraph';
import { CopyButton } from '../components/CopyButton';
import { SaveReport } from '../components/SaveReport';
import { useTranslate } from '../i18n/translation-context';

/** Handing the result to someone who helps: a one-paragraph summary to paste, or the whole report as a file. */
export function PassItOn({ result, before }: { result: ScanResult; before?: string }) {
  const t = useTranslate();
  return (
    <section className="pass-on" aria-labelledby="pass-on-heading">
      <h3 id="pass-on-heading">{t('passOn.heading')}</h3>
      <p className="muted">{t('passOn.intro')}</p>
      <div className="pass-on-tools">
        <CopyButton small={false} label={t('copy.summary')} text={() => [before, summaryParagraph(result, t)].filter(Boolean).join(' ')} />
        <SaveReport />
      </div>
    </section>
  );
}
