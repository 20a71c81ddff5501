import { useTranslation } from 'react-i18next';
import type { ImportField } from '../../endpoints/import-types';
import { FieldError } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { importFieldName } from './import-field-names';

export interface ColumnChoicesProps {
  idPrefix: string;
  fields: readonly ImportField[];
  required: readonly ImportField[];
  headers: readonly string[];
  columns: Partial<Record<ImportField, string>>;
  onChange: (field: ImportField, column: string) => void;
  error?: string | undefined;
}

/** For each Koers field, the column of the file it comes from; required fields say so. */
export function ColumnChoices({ idPrefix, fields, required, headers, columns, onChange, error }: ColumnChoicesProps) {
  const { t } = useTranslation();
  return (
    <fieldset className={['koers-fieldset', 'koers-fieldset--wide', error ? 'koers-field--invalid' : ''].filter(Boolean).join(' ')}>
      <legend className="koers-fieldset__legend">{t('imports.mapping.columns')}</legend>
      <p className="koers-field__description">{t('imports.mapping.columnsDescription')}</p>
      <FieldError id={error ? `${idPrefix}-error` : undefined} message={error} />
      <div className="koers-form-grid">
        {fields.map((field, index) => {
          const isRequired = required.includes(field);
          const value = columns[field] ?? '';
          return (
            <Select
              key={field}
              id={`${idPrefix}-${String(index)}`}
              label={importFieldName(field, t)}
              optional={!isRequired}
              value={value}
              onChange={(event) => { onChange(field, event.target.value); }}
              aria-invalid={error !== undefined && isRequired && value === '' ? true : undefined}
            >
              <option value="">{t('imports.mapping.notUsed')}</option>
              {headers.map((header, headerIndex) =>
                header === '' ? null : (
                  <option key={`${String(headerIndex)}-${header}`} value={header}>
                    {header}
                  </option>
                ),
              )}
              {value !== '' && !headers.includes(value) && <option value={value}>{t('imports.mapping.missingColumn', { column: value })}</option>}
            </Select>
          );
        })}
      </div>
    </fieldset>
  );
}
