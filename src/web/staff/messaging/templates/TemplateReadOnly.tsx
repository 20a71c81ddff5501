import { useTranslation } from 'react-i18next';
import { Heading } from '../../../ui/Heading';
import { MessageIcon } from '../icons';
import { languageName } from '../language-name';
import type { Template } from '../messaging-types';
import { textFields } from './template-draft';

/** A template as coaches and managers see it: they send it, editors change it. */
export function TemplateReadOnly({ template }: { template: Template }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <section aria-labelledby="template-about-title">
        <Heading level={2} id="template-about-title">
          {t('messaging.templates.about')}
        </Heading>
        <dl className="koers-details">
          <dt>{t('messaging.templates.fields.category')}</dt>
          <dd>
            {t(`messaging.categories.${template.category}`)} – {t(`messaging.categoryExplanations.${template.category}`)}
          </dd>
          <dt>{t('messaging.templates.fields.icon')}</dt>
          <dd className="koers-inline-icon">
            <MessageIcon name={template.icon} />
            {t(`messaging.icons.${template.icon}`, { defaultValue: template.icon })}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="template-texts-title">
        <Heading level={2} id="template-texts-title">
          {t('messaging.templates.texts')}
        </Heading>
        {template.texts.map((text) => (
          <section key={text.language} aria-labelledby={`template-text-${text.language}`} lang={text.language}>
            <Heading level={3} id={`template-text-${text.language}`}>
              <span lang={i18n.language}>{languageName(text.language, i18n.language)}</span>
            </Heading>
            <dl className="koers-details">
              {textFields.map((field) => {
                const value = text[field];
                if (value === undefined || value === null || value === '') return null;
                return (
                  <div key={field} className="koers-details__row">
                    <dt lang={i18n.language}>{t(`messaging.templates.fieldNames.${field}`)}</dt>
                    <dd className="koers-prewrap">{value}</dd>
                  </div>
                );
              })}
            </dl>
          </section>
        ))}
      </section>
    </>
  );
}
