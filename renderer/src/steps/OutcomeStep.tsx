import { actionMessageKeys } from '../../../shared/diagnosis/actions';
import { verifyFix } from '../../../shared/fixes/verify-fix';
import { commandLine } from '../components/command-line';
import { messageText } from '../components/message-text';
import { useFocusHeading } from '../components/use-focus-heading';
import { useTranslate } from '../i18n/translation-context';
import type { WizardStep } from '../store/wizard-state';
import { useWizardStore } from '../store/wizard-store';
import type { CommandRecord } from '../../../shared/fixes/command-record';
import type { JournalEntry } from '../../../shared/fixes/journal-entry';
import { canUndo, changeSummary } from '../../../shared/fixes/journal-entry';
import { findingText } from '../../../shared/diagnosis/finding-text';
import { CommandBlock } from '../components/CommandBlock';
import { useFocusWhen } from '../components/use-focus-when';
import { PassItOn } from '../findings/PassItOn';

type OutcomeStepData = Extract<WizardStep, { kind: 'outcome' }>;

export function OutcomeStep({ step }: { step: OutcomeStepData }) {
  const t = useTranslate();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const chooseAnotherFix = useWizardStore((s) => s.chooseAnotherFix);
  const undoAppliedFix = useWizardStore((s) => s.undoAppliedFix);
  const startOver = useWizardStore((s) => s.startOver);
  const scanAgain = useWizardStore((s) => s.scanAgain);
  const showLatestFindings = useWizardStore((s) => s.showLatestFindings);
  // The Undo button goes once pressed: focus goes to what the undo did instead.
  const undoMessage = useFocusWhen<HTMLParagraphElement>(step.undo);
  const { response } = step;

  if (response.kind === 'refused') {
    return (
      <section aria-labelledby="outcome-heading" className="step-panel">
        <h2 id="outcome-heading" tabIndex={-1} ref={heading}>
          {t('outcome.heading')}
        </h2>
        <p role="alert" className="notice notice-error">
          {messageText(response.refusal.message, t)} {t('outcome.refused')}
        </p>
        <div className="actions">
          <button type="button" onClick={startOver}>
            {t('outcome.done')}
          </button>
        </div>
      </section>
    );
  }

  const { entry, before, after } = response;
  const undone = step.undo?.kind === 'ran' ? step.undo : null;
  const latestEntry = undone?.entries[0] ?? entry;
  const latest = undone?.after ?? after;
  const verification = verifyFix(step.action, before.diagnosis, latest.diagnosis);
  const applied = entry.status === 'applied';
  const status = t(`outcome.status.${latestEntry.status}`, { problem: latestEntry.problem ?? '' });
  const compare = undone ? 'undone' : 'change';

  return (
    <section aria-labelledby="outcome-heading" className="step-panel">
      <h2 id="outcome-heading" tabIndex={-1} ref={heading}>
        {t('outcome.heading')}
      </h2>
      <p
        role="status"
        tabIndex={-1}
        ref={step.undo?.kind === 'refused' ? undefined : undoMessage}
        className={applied || latestEntry.status === 'undone' ? 'notice notice-ok' : 'notice notice-error'}
      >
        {status}
      </p>
      {undone && (
        <p className="verdict">
          {t('outcome.undo.done')} {t('outcome.undo.what', { summary: messageText(changeSummary(entry.change), t) })}
        </p>
      )}

      {/* After an undo the comparison is of the PC before the change and now: what the change did is gone. */}
      <h3>{t(`outcome.compare.heading.${compare}`)}</h3>
      <table className="data-table compare">
        <thead>
          <tr>
            <th scope="col">{t('outcome.compare.what')}</th>
            <th scope="col">{t('outcome.compare.before')}</th>
            <th scope="col">{t(`outcome.compare.after.${compare}`)}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('outcome.compare.sessions')}</th>
            <td>{verification.sessionsBefore ?? t('outcome.compare.unknown')}</td>
            <td>{verification.sessionsAfter ?? t('outcome.compare.unknown')}</td>
          </tr>
          <tr>
            <th scope="row">{t('outcome.compare.null')}</th>
            <td>{verification.nullBefore ?? t('outcome.compare.unknown')}</td>
            <td>{verification.nullAfter ?? t('outcome.compare.unknown')}</td>
          </tr>
          {verification.findings.map((finding) => {
            const found = before.diagnosis.findings.find((f) => f.id === finding.id) ?? after.diagnosis.findings.find((f) => f.id === finding.id);
            return (
              <tr key={finding.id} data-finding={finding.id}>
                <th scope="row">{found ? findingText(found, t).title : finding.id}</th>
                <td>{finding.before ? t('outcome.compare.present') : t('outcome.compare.absent')}</td>
                <td>{finding.after ? t('outcome.compare.present') : t('outcome.compare.absent')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {applied && !undone && (
        <>
          <p className="verdict">
            {verification.resolved ? t('outcome.verdict.resolved') : verification.helped ? t('outcome.verdict.helped') : t('outcome.verdict.notHelped')}
          </p>
          {step.action === 'method-1' && (verification.nullAfter ?? 0) > 0 && <p>{t('outcome.verdict.method-1-persists')}</p>}
          {verification.nextAction && <p>{t('outcome.next', { action: t(actionMessageKeys(verification.nextAction).title) })}</p>}
        </>
      )}
      {step.undo?.kind === 'refused' && (
        <p role="alert" tabIndex={-1} ref={undoMessage} className="notice notice-error">
          {t('outcome.undo.refused', { message: messageText(step.undo.refusal.message, t) })}
        </p>
      )}

      <EntryDetails entry={latestEntry} commands={[...response.commands, ...(undone?.commands ?? [])]} />

      <PassItOn result={latest} before={status} />

      <div className="actions">
        {canUndo(entry) && !undone && (
          <button type="button" onClick={() => void undoAppliedFix()} aria-disabled={step.undoing || undefined}>
            {step.undoing ? t('outcome.undoing') : t('outcome.undo')}
          </button>
        )}
        <button type="button" onClick={chooseAnotherFix}>
          {t('outcome.chooseAnother')}
        </button>
        <button type="button" onClick={() => void scanAgain()}>
          {t('findings.scanAgain')}
        </button>
        <button type="button" className="primary" onClick={showLatestFindings}>
          {t('outcome.done')}
        </button>
      </div>
    </section>
  );
}

/** The backups and the commands this change ran (from the result itself: the journal keeps no commands). */
function EntryDetails({ entry, commands }: { entry: JournalEntry; commands: readonly CommandRecord[] }) {
  const t = useTranslate();
  return (
    <details className="technician">
      <summary>{t('outcome.details')}</summary>
      {entry.backupFiles.length > 0 && <p>{t('outcome.details.backups', { files: entry.backupFiles.join(', ') })}</p>}
      {commands.length === 0 ? (
        <p>{t('outcome.details.none')}</p>
      ) : (
        <CommandBlock
          wrap
          label={t('outcome.details')}
          copyLabel={t('copy.commands')}
          text={commands
            .map(
              (record) =>
                `${record.at}  ${record.phase.padEnd(8)} ${commandLine({ program: record.argv[0] as never, args: record.argv.slice(1), purpose: { key: 'app.title' } })}  → ${record.failure ? record.failure.kind : `exit ${record.exitCode}`}`,
            )
            .join('\n')}
        />
      )}
    </details>
  );
}
