import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';
import { codeFromLabel } from './setting-code';

export interface LabelValues {
  code: string;
  labelNl: string;
  labelEn: string;
}

export interface LabelFieldsProps {
  idPrefix: string;
  values: LabelValues;
  /** A new item's code can be chosen; an existing one's stays as it is. */
  isNew: boolean;
  onChange: (values: LabelValues) => void;
  errors: Partial<Record<keyof LabelValues, string>>;
}

/** The code and the names in Dutch and English that every setting has. */
export function LabelFields({ idPrefix, values, isNew, onChange, errors }: LabelFieldsProps) {
  const { t } = useTranslation();
  const [codeTouched, setCodeTouched] = useState(!isNew);
  return (
    <>
      <TextField
        id={`${idPrefix}-label-nl`}
        label={t('clientSettings.fields.labelNl')}
        value={values.labelNl}
        maxLength={200}
        onChange={(event) => {
          const labelNl = event.target.value;
          onChange({ ...values, labelNl, code: codeTouched ? values.code : codeFromLabel(labelNl) });
        }}
        error={errors.labelNl}
      />
      <TextField
        id={`${idPrefix}-label-en`}
        label={t('clientSettings.fields.labelEn')}
        value={values.labelEn}
        maxLength={200}
        onChange={(event) => { onChange({ ...values, labelEn: event.target.value }); }}
        error={errors.labelEn}
      />
      <TextField
        id={`${idPrefix}-code`}
        label={t('clientSettings.fields.code')}
        description={isNew ? t('clientSettings.fields.codeDescription') : t('clientSettings.fields.codeFixed')}
        value={values.code}
        readOnly={!isNew}
        maxLength={40}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => {
          setCodeTouched(true);
          onChange({ ...values, code: event.target.value });
        }}
        error={errors.code}
      />
    </>
  );
}
