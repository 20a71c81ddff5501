import type { FocusEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import type { TemplateVariable } from '../messaging-types';
import { textFieldId, textFieldKey, type TextDraft, type TextField as TextFieldName } from './template-draft';
import type { TemplateErrors } from './template-problems';
import { sampleText } from './template-sample';
import { SmsCounter } from './SmsCounter';

export interface TemplateTextFieldsProps {
  language: string;
  text: TextDraft;
  errors: TemplateErrors;
  variables: readonly TemplateVariable[];
  onChange: (field: TextFieldName, value: string) => void;
  /** The field the cursor is in, so a variable can be put there. */
  onFocusField: (field: TextFieldName, element: HTMLInputElement | HTMLTextAreaElement) => void;
}

function ChannelGroup({ legend, description, children }: { legend: string; description?: string; children: ReactNode }) {
  return (
    <fieldset className="koers-fieldset koers-fieldset--wide koers-channel-fields">
      <legend className="koers-fieldset__legend">{legend}</legend>
      {description !== undefined && <p className="koers-field__description">{description}</p>}
      {children}
    </fieldset>
  );
}

/** One language's texts, per channel: the in-app card, push, SMS (with its counter) and email. */
export function TemplateTextFields({ language, text, errors, variables, onChange, onFocusField }: TemplateTextFieldsProps) {
  const { t } = useTranslation();
  const common = (field: TextFieldName) => ({
    id: textFieldId(language, field),
    value: text[field],
    error: errors[textFieldKey(language, field)],
    onChange: (event: { target: { value: string } }) => { onChange(field, event.target.value); },
    onFocus: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => { onFocusField(field, event.currentTarget); },
    onSelect: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => { onFocusField(field, event.currentTarget); },
    lang: language,
  });
  const required = language === 'nl';
  return (
    <div className="koers-template-texts">
      <ChannelGroup legend={t('messaging.channels.app')} description={t('messaging.templates.fields.appDescription')}>
        <TextField {...common('title')} label={t('messaging.templates.fields.title')} maxLength={200} optional={!required} />
        <TextArea {...common('body')} label={t('messaging.templates.fields.body')} rows={6} maxLength={5000} optional={!required} />
      </ChannelGroup>
      <ChannelGroup legend={t('messaging.channels.push')}>
        <TextArea
          {...common('pushText')}
          label={t('messaging.templates.fields.pushText')}
          description={t('messaging.templates.fields.pushTextDescription')}
          rows={2}
          maxLength={300}
          optional
        />
      </ChannelGroup>
      <ChannelGroup legend={t('messaging.channels.sms')}>
        <TextArea
          {...common('smsText')}
          label={t('messaging.templates.fields.smsText')}
          description={
            <>
              {t('messaging.templates.fields.smsTextDescription')} <SmsCounter text={sampleText(text.smsText, variables)} />
            </>
          }
          rows={3}
          maxLength={1600}
          optional
        />
      </ChannelGroup>
      <ChannelGroup legend={t('messaging.channels.email')}>
        <TextField {...common('emailSubject')} label={t('messaging.templates.fields.emailSubject')} maxLength={200} optional />
        <TextArea
          {...common('emailHtml')}
          label={t('messaging.templates.fields.emailHtml')}
          description={t('messaging.templates.fields.emailHtmlDescription')}
          rows={6}
          maxLength={100_000}
          optional
          className="koers-code-field"
          spellCheck={false}
        />
        <TextArea
          {...common('emailText')}
          label={t('messaging.templates.fields.emailText')}
          description={t('messaging.templates.fields.emailTextDescription')}
          rows={5}
          maxLength={20_000}
          optional
        />
      </ChannelGroup>
    </div>
  );
}
