import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { changeLocale } from './i18n';
import { localeNames, locales } from './locales';
import './LanguageSwitch.css';

/**
 * Buttons for each language, named in their own language so anyone can find theirs; the
 * current one is marked pressed (and shown underlined and bold, not by colour alone).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="koers-language-switch" role="group" aria-label={t('language.label')}>
      <Icon name="language" className="koers-language-switch__icon" />
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="koers-language-switch__button"
          aria-pressed={i18n.resolvedLanguage === locale}
          onClick={() => { changeLocale(locale); }}
        >
          {localeNames[locale]}
        </button>
      ))}
    </div>
  );
}
