import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { useDocumentTitle } from '../pages/document-title';
import { HouseStyleForm } from './HouseStyleForm';
import { useAdminHouseStyleQuery } from './house-style-queries';
import './house-style.css';

/** The organisation's name, colours and logo, as staff and clients see them. */
export function HouseStylePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('houseStyle.title'));
  const houseStyle = useAdminHouseStyleQuery();

  return (
    <>
      <PageHeading>{t('houseStyle.title')}</PageHeading>
      <p>{t('houseStyle.intro')}</p>
      {houseStyle.isPending && <LoadingText />}
      {houseStyle.isError && <Alert type="error">{problemMessage(houseStyle.error, t).message}</Alert>}
      {houseStyle.data !== undefined && <HouseStyleForm saved={houseStyle.data} />}
    </>
  );
}
