import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../ui/Heading';
import { useDocumentTitle } from './document-title';

export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forbidden.title'));
  return (
    <>
      <PageHeading>{t('forbidden.title')}</PageHeading>
      <p>{t('forbidden.text')}</p>
      <p>
        <Link to="/">{t('common.toHome')}</Link>
      </p>
    </>
  );
}
