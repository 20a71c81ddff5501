import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import '../i18n/LanguageSwitch.css';
import './ClientLanguageSwitch.css';
import { switchToAddedLanguage, useAddedLanguages } from './client-added-languages';
import { changeClientLocale, clientLocaleNames, clientLocales } from './client-i18n';

/**
 * A button per language, each named in its own language and script direction (so Arabic reads
 * right to left even on a Dutch page); the current one is pressed. The organisation's added
 * languages follow the six the app speaks itself.
 */
export function ClientLanguageSwitch({ organisation }: { organisation: string | null }) {
  const { t, i18n } = useTranslation();
  const added = useAddedLanguages(organisation).data ?? [];
  const buttons = [
    ...clientLocales.map((locale) => ({ code: locale, name: clientLocaleNames[locale], dir: i18n.dir(locale), choose: () => { changeClientLocale(locale); } })),
    ...(organisation === null
      ? []
      : added.map((language) => ({ code: language.code, name: language.name, dir: language.direction, choose: () => { void switchToAddedLanguage(organisation, language, true).catch(() => undefined); } }))),
  ];
  return (
    <div className="koers-language-switch koers-language-switch--many" role="group" aria-label={t('clientApp.language')}>
      <Icon name="language" className="koers-language-switch__icon" />
      {buttons.map((button) => (
        <button
          key={button.code}
          type="button"
          lang={button.code}
          dir={button.dir}
          className="koers-language-switch__button"
          aria-pressed={i18n.resolvedLanguage === button.code}
          onClick={button.choose}
        >
          {button.name}
        </button>
      ))}
    </div>
  );
}
