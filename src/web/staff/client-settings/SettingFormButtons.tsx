import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { LoadingText } from '../../ui/LoadingText';

/** Save and cancel at the foot of a settings form. */
export function SettingFormButtons({ saving, onCancel }: { saving: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="koers-button-group">
        <Button type="submit">{t('clientSettings.save')}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      {saving && <LoadingText label={t('common.saving')} />}
    </>
  );
}
