import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import '../i18n/LanguageSwitch.css';
import './ClientLanguageSwitch.css';
import { changeClientLocale, clientLocaleNames, clientLocales } from './client-i18n';

/**
 * A button per language, each named in its own language and script direction (so Arabic reads
 * right to left even on a Dutch page); the current one is pressed.
 */
export function ClientLanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="koers-language-switch koers-language-switch--many" role="group" aria-label={t('clientApp.language')}>
      <Icon name="language" className="koers-language-switch__icon" />
      {clientLocales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          dir={i18n.dir(locale)}
          className="koers-language-switch__button"
          aria-pressed={i18n.resolvedLanguage === locale}
          onClick={() => { changeClientLocale(locale); }}
        >
          {clientLocaleNames[locale]}
        </button>
      ))}
    </div>
  );
}
