import type { FixPlan } from '../../../shared/fixes/fix-plan';
import { undoCommands } from '../../../shared/fixes/fix-plan';
import type { FixRequest } from '../../../shared/fixes/fix-request';
import { commandLine } from '../components/command-line';
import { formatDuration } from '../components/format-duration';
import { messageText } from '../components/message-text';
import { useFocusHeading } from '../components/use-focus-heading';
import { useTranslate } from '../i18n/translation-context';
import { canGoNext, isDemo, printersOf, sessionsByComputer } from '../store/selectors';
import type { WizardStep } from '../store/wizard-state';
import { useWizardStore } from '../store/wizard-store';

type ConfirmStepData = Extract<WizardStep, { kind: 'confirm' }>;

export function ConfirmStep({ step }: { step: ConfirmStepData }) {
  const t = useTranslate();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const setConfirmed = useWizardStore((s) => s.setConfirmed);
  const applyFix = useWizardStore((s) => s.applyFix);
  const backToFixes = useWizardStore((s) => s.backToFixes);
  const plan = step.plan;

  return (
    <section aria-labelledby="confirm-heading" className="step-panel">
      <h2 id="confirm-heading" tabIndex={-1} ref={heading}>
        {t('confirm.heading')}
      </h2>
      <p className="lead">{t(`action.${step.action}.title`)}</p>
      {step.action === 'outgrown' && <p>{t('confirm.advice.outgrown')}</p>}
      <RequestChoices step={step} />
      {step.request !== null && plan === null && <p aria-live="polite">{t('confirm.making')}</p>}
      {plan?.kind === 'refused' && (
        <p role="alert" className="notice notice-error">
          {messageText(plan.refusal.message, t)}
        </p>
      )}
      {plan?.kind === 'plan' && <PlanDetails plan={plan.plan} />}
      {plan?.kind === 'plan' && plan.elevated === false && <Elevation step={step} />}
      {plan?.kind === 'plan' && plan.elevated !== false && (
        <label className="confirm-check">
          <input type="checkbox" checked={step.confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
          {t('confirm.check')}
        </label>
      )}
      <div className="actions">
        <button type="button" onClick={backToFixes}>
          {t('confirm.back')}
        </button>
        {step.request !== null && (
          <button type="button" className="primary" disabled={!canGoNext(step)} onClick={() => void applyFix()}>
            {t('confirm.apply')}
          </button>
        )}
      </div>
    </section>
  );
}

/** What the fix is asked to do, where there is a choice: which printers, which computer, how many minutes. */
function RequestChoices({ step }: { step: ConfirmStepData }) {
  const t = useTranslate();
  const changeRequest = useWizardStore((s) => s.changeRequest);
  const request = step.request;
  if (request?.action === 'method-2') {
    const shared = (printersOf(step.result) ?? []).filter((printer) => printer.shared);
    if (shared.length === 0) return <p>{t('confirm.printers.none')}</p>;
    const toggle = (name: string, on: boolean) => {
      const printers = on ? [...request.printers, name] : request.printers.filter((p) => p !== name);
      void changeRequest({ action: 'method-2', printers });
    };
    return (
      <fieldset className="choices compact">
        <legend>{t('confirm.printers.legend')}</legend>
        {shared.map((printer) => (
          <label key={printer.name} className="choice">
            <input type="checkbox" checked={request.printers.includes(printer.name)} onChange={(event) => toggle(printer.name, event.target.checked)} />
            <span>
              <span className="choice-title">{printer.name}</span>
              <span className="choice-hint">{t('confirm.printers.shareName', { share: printer.shareName })}</span>
            </span>
          </label>
        ))}
      </fieldset>
    );
  }
  if (request?.action === 'disconnect') return <DisconnectChoices request={request} step={step} />;
  if (request?.action === 'autodisconnect') {
    return (
      <p>
        <label htmlFor="autodisconnect-minutes">{t('confirm.minutes.label')} </label>
        <input
          id="autodisconnect-minutes"
          type="number"
          min={1}
          max={65535}
          value={request.minutes}
          onChange={(event) => void changeRequest({ action: 'autodisconnect', minutes: Number.parseInt(event.target.value || '0', 10) } satisfies FixRequest)}
        />
      </p>
    );
  }
  return null;
}

/** Every connected computer, idle longest first, to tick: the suggested one is first and already ticked. */
function DisconnectChoices({ request, step }: { request: Extract<FixRequest, { action: 'disconnect' }>; step: ConfirmStepData }) {
  const t = useTranslate();
  const changeRequest = useWizardStore((s) => s.changeRequest);
  const computers = sessionsByComputer(step.result)
    .slice()
    .sort((a, b) => b.longestIdleSeconds - a.longestIdleSeconds);
  const chosen = (computer: string) => request.computers.some((name) => name.toLowerCase() === computer.toLowerCase());
  const toggle = (computer: string, on: boolean) => {
    const computers = on ? [...request.computers, computer] : request.computers.filter((name) => name.toLowerCase() !== computer.toLowerCase());
    void changeRequest({ action: 'disconnect', computers });
  };
  return (
    <fieldset className="choices compact">
      <legend>{t('confirm.computer.legend')}</legend>
      {computers.map((group) => (
        <label key={group.computer} className="choice">
          <input type="checkbox" checked={chosen(group.computer)} onChange={(event) => toggle(group.computer, event.target.checked)} />
          <span>
            <span className="choice-title">{group.computer}</span>
            <span className="choice-hint">{t('confirm.computer.item', { idle: formatDuration(group.longestIdleSeconds, t), opens: group.opens })}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function PlanDetails({ plan }: { plan: FixPlan }) {
  const t = useTranslate();
  const undo = undoCommands(plan);
  return (
    <div className="plan">
      <h3>{t('confirm.summary')}</h3>
      <p>{messageText(plan.summary, t)}</p>
      {plan.request.action === 'disconnect' || plan.request.action === 'close-file' ? <AffectedFiles plan={plan} /> : null}
      <h3>{t('confirm.steps')}</h3>
      <ol>
        {plan.steps.map((step, index) => (
          <li key={index}>{messageText(step.command.purpose, t)}</li>
        ))}
      </ol>
      <h3>{t('confirm.backup')}</h3>
      <ul>
        {plan.backup.map((command, index) => (
          <li key={index}>{messageText(command.purpose, t)}</li>
        ))}
        <li>{t('confirm.backup.journal')}</li>
      </ul>
      <h3>{t('confirm.undo')}</h3>
      <p>{plan.undoable ? t('confirm.undo.possible') : t('confirm.undo.impossible')}</p>
      {plan.warnings.length > 0 && (
        <div className="notice warnings" role="note" aria-label={t('confirm.warnings')}>
          <h3>{t('confirm.warnings')}</h3>
          <ul>
            {plan.warnings.map((warning) => (
              <li key={warning.key}>{messageText(warning, t)}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <strong>{t('confirm.restart')}:</strong> {t(`restart.${plan.restart}`)}
      </p>
      <details className="technician">
        <summary>{t('confirm.commands')}</summary>
        <pre>
          {[
            ...plan.backup.map((c) => `${t('confirm.commands.backup')}: ${commandLine(c)}`),
            ...plan.steps.map((s) => `${t('confirm.commands.steps')}: ${commandLine(s.command)}`),
            ...undo.map((c) => `${t('confirm.commands.undo')}: ${commandLine(c)}`),
          ].join('\n')}
        </pre>
      </details>
    </div>
  );
}

/** The files a disconnect closes; each can be closed on its own instead (net file ID /close). */
function AffectedFiles({ plan }: { plan: FixPlan }) {
  const t = useTranslate();
  const changeRequest = useWizardStore((s) => s.changeRequest);
  const disconnecting = plan.request.action === 'disconnect';
  return (
    <div className="affected-files">
      <h3>{disconnecting ? t('confirm.files.heading', { count: plan.request.computers.length }) : t('confirm.file.heading')}</h3>
      {plan.affectedFiles.length === 0 ? (
        <p>{t('confirm.files.none', { count: plan.request.action === 'disconnect' ? plan.request.computers.length : 1 })}</p>
      ) : (
        <ul>
          {plan.affectedFiles.map((file) => (
            <li key={file.id}>
              <code>{file.path}</code>{' '}
              {disconnecting && (
                <button type="button" className="small" onClick={() => void changeRequest({ action: 'close-file', fileId: file.id })}>
                  {t('confirm.files.closeOnly')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {plan.request.action === 'close-file' && <CloseFileBack plan={plan} />}
    </div>
  );
}

/** From closing one file back to ending the connection of the computer whose user has it open. */
function CloseFileBack({ plan }: { plan: FixPlan }) {
  const t = useTranslate();
  const step = useWizardStore((s) => s.step);
  const changeRequest = useWizardStore((s) => s.changeRequest);
  if (step.kind !== 'confirm') return null;
  const user = plan.affectedFiles[0]?.user;
  const computer =
    sessionsByComputer(step.result).find((group) => group.sessions.some((session) => session.user === user))?.computer ??
    step.result.diagnosis.actions.find((a) => a.id === 'disconnect')?.targets[0];
  if (computer === undefined) return null;
  return (
    <button type="button" className="small" onClick={() => void changeRequest({ action: 'disconnect', computers: [computer] })}>
      {t('confirm.file.backToDisconnect')}
    </button>
  );
}

function Elevation({ step }: { step: ConfirmStepData }) {
  const t = useTranslate();
  const elevate = useWizardStore((s) => s.elevate);
  const demo = useWizardStore(isDemo);
  return (
    <div className="notice" role="note">
      <p>{t('confirm.elevation.needed')}</p>
      {step.elevating && !demo ? (
        <p aria-live="polite">{t('confirm.elevation.restarting')}</p>
      ) : (
        <button type="button" onClick={() => void elevate()} disabled={step.elevating}>
          {t('confirm.elevation.button')}
        </button>
      )}
      {demo && <p className="muted">{t('confirm.elevation.demo')}</p>}
    </div>
  );
}
