import { useTranslation } from 'react-i18next';
import { FieldError } from '../../ui/Field';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

export interface LabelledRow {
  key: string;
  labelNl: string;
  labelEn: string;
}

export interface LabelledRowsEditorProps {
  /** The id of the first input, for the error summary. */
  id: string;
  legend: string;
  description: string;
  /** The name of one row ("Optie", "Niveau"), numbered in its legend. */
  rowName: string;
  keyLabel: string;
  keyInputMode?: 'numeric' | 'text';
  rows: readonly LabelledRow[];
  onChange: (rows: LabelledRow[]) => void;
  addLabel: string;
  error?: string | undefined;
}

/** Rows of a code (or value) with names in Dutch and English: the options of a choice, the levels of a scale. */
export function LabelledRowsEditor({ id, legend, description, rowName, keyLabel, keyInputMode = 'text', rows, onChange, addLabel, error }: LabelledRowsEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<LabelledRow>): void => {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  };
  return (
    <fieldset className={['koers-fieldset', 'koers-rows-editor', error ? 'koers-field--invalid' : ''].filter(Boolean).join(' ')}>
      <legend className="koers-fieldset__legend">{legend}</legend>
      <p className="koers-field__description">{description}</p>
      <FieldError id={error ? `${id}-error` : undefined} message={error} />
      {rows.map((row, index) => {
        const number = String(index + 1);
        return (
          <fieldset key={index} className="koers-rows-editor__row">
            <legend className="koers-rows-editor__legend">
              {rowName} {number}
            </legend>
            <div className="koers-rows-editor__fields">
              <TextField
                id={index === 0 ? id : `${id}-${number}-key`}
                label={keyLabel}
                inputMode={keyInputMode}
                value={row.key}
                onChange={(event) => { update(index, { key: event.target.value }); }}
              />
              <TextField id={`${id}-${number}-nl`} label={t('clientSettings.fields.labelNl')} value={row.labelNl} onChange={(event) => { update(index, { labelNl: event.target.value }); }} />
              <TextField id={`${id}-${number}-en`} label={t('clientSettings.fields.labelEn')} value={row.labelEn} onChange={(event) => { update(index, { labelEn: event.target.value }); }} />
            </div>
            <Button variant="subtle" onClick={() => { onChange(rows.filter((_, i) => i !== index)); }}>
              {t('clientSettings.removeRow', { row: `${rowName} ${number}` })}
            </Button>
          </fieldset>
        );
      })}
      <Button variant="secondary" icon="plus" onClick={() => { onChange([...rows, { key: '', labelNl: '', labelEn: '' }]); }}>
        {addLabel}
      </Button>
    </fieldset>
  );
}
