import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGES } from './i18n';

/** Language names are written in their own language so anyone can find theirs. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const [loading, setLoading] = useState(false);
  const current = i18n.resolvedLanguage ?? i18n.language;

  async function onChange(value: string) {
    if (!isLanguage(value)) return;
    setLoading(true);
    try {
      await changeLanguage(value);
    } catch {
      // The catalog could not be downloaded: stay in the current language (the select follows).
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="language-switcher">
      <label htmlFor="language-select" className="visually-hidden">
        {t('language.label')}
      </label>
      <select id="language-select" value={current} aria-busy={loading || undefined} onChange={(event) => void onChange(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
