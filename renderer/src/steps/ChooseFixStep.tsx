import { actionMessageKeys, helps, type Action } from '../../../shared/diagnosis/actions';
import { useFocusHeading } from '../components/use-focus-heading';
import { useTranslate } from '../i18n/translation-context';
import type { Diagnosis } from '../../../shared/diagnosis/diagnose';
import type { Finding } from '../../../shared/diagnosis/finding';
import { findingText } from '../../../shared/diagnosis/finding-text';
import { notCheckedMessageKeys } from '../../../shared/diagnosis/not-checked';
import { RestartAsAdministrator } from '../components/RestartAsAdministrator';
import { NextSteps } from '../findings/NextSteps';
import { canGoNext, needNotJudged, needsAdministrator, orderedActions, whyNoFixIsRecommended } from '../store/selectors';
import type { WizardStep } from '../store/wizard-state';
import { useWizardStore } from '../store/wizard-store';

export function ChooseFixStep({ step }: { step: Extract<WizardStep, { kind: 'choose-fix' }> }) {
  const t = useTranslate();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const chooseAction = useWizardStore((s) => s.chooseAction);
  const backToFindings = useWizardStore((s) => s.backToFindings);
  const reviewFix = useWizardStore((s) => s.reviewFix);
  const { diagnosis } = step.result;
  const actions = orderedActions(step.result);
  const anyRecommended = actions.some((action) => action.recommended);
  const missing = whyNoFixIsRecommended(diagnosis);
  const blocked = missing.notChecked || missing.problems.length > 0;

  return (
    <section aria-labelledby="fix-heading" className="step-panel">
      <h2 id="fix-heading" tabIndex={-1} ref={heading}>
        {t('fix.heading')}
      </h2>
      {anyRecommended && <p>{t('fix.intro')}</p>}
      {!anyRecommended && blocked && <FixesOnHold diagnosis={diagnosis} problems={missing.problems} notChecked={missing.notChecked} />}
      {!anyRecommended && !blocked && (
        <>
          <p>{t('fix.nothingRecommended')}</p>
          <NextSteps />
        </>
      )}
      <fieldset className="choices fixes">
        <legend>{t('fix.legend')}</legend>
        {actions.map((action) => (
          <ActionChoice key={action.id} action={action} selected={step.selectedAction === action.id} onSelect={() => chooseAction(action.id)} />
        ))}
      </fieldset>
      <div className="actions">
        <button type="button" onClick={backToFindings}>
          {t('fix.back')}
        </button>
        <button type="button" className="primary" disabled={!canGoNext(step)} onClick={() => void reviewFix()}>
          {step.selectedAction === 'outgrown' ? t('fix.nextAdvice') : t('fix.next')}
        </button>
      </div>
    </section>
  );
}

/**
 * No fix is recommended, but that is not "nothing to fix": a problem none of the fixes is for (said here
 * with what to do about it), or things that could not be read (with the way to read them).
 */
function FixesOnHold({ diagnosis, problems, notChecked }: { diagnosis: Diagnosis; problems: readonly Finding[]; notChecked: boolean }) {
  const t = useTranslate();
  return (
    <div className="notice on-hold">
      <p>
        <strong>{t('fix.onHold')}</strong>
      </p>
      {problems.map((finding) => (
        <div key={finding.id} className="on-hold-problem" data-finding={finding.id}>
          <p>
            <strong>{findingText(finding, t).title}</strong>
          </p>
          <p>{findingText(finding, t).explanation}</p>
        </div>
      ))}
      {notChecked && (
        <>
          <p>{t('fix.onHold.notChecked')}</p>
          <ul>
            {diagnosis.notChecked.map((item) => (
              <li key={item.id}>
                {t(notCheckedMessageKeys(item).what)} — {t(notCheckedMessageKeys(item).why)}
              </li>
            ))}
          </ul>
        </>
      )}
      {needsAdministrator(diagnosis) && <RestartAsAdministrator />}
    </div>
  );
}

function ActionChoice({ action, selected, onSelect }: { action: Action; selected: boolean; onSelect: () => void }) {
  const t = useTranslate();
  const keys = actionMessageKeys(action);
  return (
    <label className={`choice fix ${selected ? 'selected' : ''} ${helps(action) ? 'recommended' : 'not-recommended'}`} data-action={action.id}>
      <input type="radio" name="fix" value={action.id} checked={selected} onChange={onSelect} aria-describedby={`fix-${action.id}-details`} />
      <span>
        <span className="choice-title">
          {t(keys.title)}{' '}
          <span className={action.recommended ? 'badge badge-ok' : action.alsoHelps ? 'badge badge-info' : 'badge badge-muted'}>
            {action.recommended
              ? t('fix.recommended')
              : action.alsoHelps
                ? t('fix.alsoHelps')
                : needNotJudged(action)
                  ? t('fix.notChecked')
                  : t('fix.notRecommended')}
          </span>
        </span>
        <span id={`fix-${action.id}-details`} className="fix-details">
          <span className="choice-hint">{t(keys.reason, action.params)}</span>
          {action.targets.length > 0 && <span className="choice-hint">{t('fix.targets', { computers: action.targets.join(', ') })}</span>}
          <span className="fix-row">
            <strong>{t('fix.whatChanges')}:</strong> {t(keys.changes)}
          </span>
          <span className="fix-row">
            <strong>{t('fix.risk')}:</strong> {t(keys.risk)}
          </span>
          <span className="fix-row">
            <strong>{t('fix.restart')}:</strong> {t(`restart.${action.restart}`)}
          </span>
        </span>
      </span>
    </label>
  );
}
