import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../../ui/RadioGroup';
import { categories, type MessageCategory } from '../messaging-types';

/** Service, news, vacancy or event, each explained in one line: the category decides what clients may switch off. */
export function CategoryField({ id, value, onChange, error }: { id: string; value: MessageCategory | ''; onChange: (value: MessageCategory) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      id={id}
      name="template-category"
      legend={t('messaging.templates.fields.category')}
      description={t('messaging.templates.fields.categoryDescription')}
      value={value}
      onChange={(next) => { onChange(next as MessageCategory); }}
      error={error}
      options={categories.map((category) => ({
        value: category,
        label: (
          <>
            <strong>{t(`messaging.categories.${category}`)}</strong>
            <span className="koers-option-explanation">{t(`messaging.categoryExplanations.${category}`)}</span>
          </>
        ),
      }))}
    />
  );
}
