import { useTranslation } from 'react-i18next';
import { Heading } from '../../ui/Heading';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import type { FieldErrors } from '../forms/field-errors';
import type { NewClientValues } from './client-fields';
import { clientChannels, languageName, languageOptions } from './client-languages';

export const newClientFieldIds = {
  firstNames: 'new-client-first-names',
  initials: 'new-client-initials',
  tussenvoegsel: 'new-client-tussenvoegsel',
  surname: 'new-client-surname',
  dateOfBirth: 'new-client-date-of-birth',
  bsn: 'new-client-bsn',
  street: 'new-client-street',
  houseNumber: 'new-client-house-number',
  postcode: 'new-client-postcode',
  city: 'new-client-city',
  phone: 'new-client-phone',
  email: 'new-client-email',
  preferredLanguage: 'new-client-language',
  preferredChannel: 'new-client-channel',
  intakeDate: 'new-client-intake-date',
};
export type NewClientField = keyof typeof newClientFieldIds;

type TextKey = Exclude<NewClientField, 'preferredLanguage' | 'preferredChannel'>;

export interface NewClientFieldsProps {
  values: NewClientValues;
  errors: FieldErrors<NewClientField>;
  onChange: (change: Partial<NewClientValues>) => void;
}

/** The inputs of the new-client form, in groups: person, address and contact, guidance. */
export function NewClientFields({ values, errors, onChange }: NewClientFieldsProps) {
  const { t, i18n } = useTranslation();
  const text = (key: TextKey, options: { optional?: boolean; type?: string; autoComplete?: string; description?: string; inputMode?: 'numeric' | 'tel' | 'email' } = {}) => (
    <TextField
      id={newClientFieldIds[key]}
      label={t(`clients.fields.${key}`)}
      type={options.type ?? 'text'}
      optional={options.optional ?? true}
      description={options.description}
      inputMode={options.inputMode}
      value={values[key]}
      onChange={(event) => { onChange({ [key]: event.target.value }); }}
      error={errors[key]}
      autoComplete={options.autoComplete ?? 'off'}
    />
  );

  return (
    <>
      <Heading level={2}>{t('clients.new.personTitle')}</Heading>
      <div className="koers-form-grid">
        {text('firstNames', { optional: false })}
        {text('initials', { description: t('clients.fields.initialsDescription') })}
        {text('tussenvoegsel', { description: t('clients.fields.tussenvoegselDescription') })}
        {text('surname', { optional: false })}
        {text('dateOfBirth', { type: 'date' })}
        {text('bsn', { inputMode: 'numeric', description: t('clients.fields.bsnDescription') })}
      </div>
      <Heading level={2}>{t('clients.new.contactTitle')}</Heading>
      <div className="koers-form-grid">
        {text('street')}
        {text('houseNumber')}
        {text('postcode', { description: t('clients.fields.postcodeDescription') })}
        {text('city')}
        {text('phone', { type: 'tel', inputMode: 'tel', description: t('clients.fields.phoneDescription') })}
        {text('email', { type: 'email', inputMode: 'email' })}
      </div>
      <Heading level={2}>{t('clients.new.guidanceTitle')}</Heading>
      <div className="koers-form-grid">
        <Select
          id={newClientFieldIds.preferredLanguage}
          label={t('clients.fields.preferredLanguage')}
          value={values.preferredLanguage}
          onChange={(event) => { onChange({ preferredLanguage: event.target.value }); }}
          error={errors.preferredLanguage}
        >
          {languageOptions(values.preferredLanguage).map((code) => (
            <option key={code} value={code}>
              {languageName(code, i18n.language)}
            </option>
          ))}
        </Select>
        <Select
          id={newClientFieldIds.preferredChannel}
          label={t('clients.fields.preferredChannel')}
          value={values.preferredChannel}
          onChange={(event) => {
            const channel = clientChannels.find((c) => c === event.target.value);
            if (channel !== undefined) onChange({ preferredChannel: channel });
          }}
          error={errors.preferredChannel}
        >
          {clientChannels.map((channel) => (
            <option key={channel} value={channel}>
              {t(`clients.channels.${channel}`)}
            </option>
          ))}
        </Select>
        {text('intakeDate', { type: 'date', description: t('clients.fields.intakeDateDescription') })}
      </div>
    </>
  );
}
