import { LANGUAGES, isLanguageTag } from '../../../shared/i18n/languages';
import { useTranslate } from '../i18n/translation-context';
import { currentLanguage } from '../store/selectors';
import { useWizardStore } from '../store/wizard-store';

/**
 * The language of the wizard. Each language is named in itself, and marked as being in that language,
 * so whoever cannot read the current one still finds their own (and a screen reader says it rightly).
 */
export function LanguagePicker() {
  const t = useTranslate();
  const language = useWizardStore(currentLanguage);
  const chooseLanguage = useWizardStore((s) => s.chooseLanguage);
  return (
    <div className="language-picker">
      <label htmlFor="language">{t('welcome.language.label')}</label>
      <select
        id="language"
        value={language}
        onChange={(event) => {
          if (isLanguageTag(event.target.value)) chooseLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map(({ tag, ownName }) => (
          <option key={tag} value={tag} lang={tag}>
            {ownName}
          </option>
        ))}
      </select>
    </div>
  );
}
