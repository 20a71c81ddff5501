import { useTranslation } from 'react-i18next';
import { FieldError, useFieldIds } from '../../../ui/Field';
import { MessageIcon, messageIconNames } from '../icons';

/** The icon shown with the message in the client app: a radio group of pictures, each with its name. */
export function IconPicker({ id, value, onChange, error }: { id: string; value: string; onChange: (value: string) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const ids = useFieldIds(`${id}-group`, { error });
  return (
    <fieldset className={['koers-fieldset', 'koers-icon-picker', error ? 'koers-field--invalid' : ''].filter(Boolean).join(' ')} aria-describedby={ids.describedBy}>
      <legend className="koers-fieldset__legend">{t('messaging.templates.fields.icon')}</legend>
      <FieldError id={ids.errorId} message={error} />
      <div className="koers-icon-picker__options">
        {messageIconNames.map((name, index) => {
          const optionId = index === 0 ? id : `${id}-${name}`;
          return (
            <div className="koers-icon-picker__option" key={name}>
              <input type="radio" id={optionId} name="template-icon" value={name} checked={value === name} onChange={() => { onChange(name); }} />
              <label htmlFor={optionId}>
                <MessageIcon name={name} />
                <span>{t(`messaging.icons.${name}`)}</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
