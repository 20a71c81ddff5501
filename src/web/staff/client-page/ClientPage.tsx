import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isProblem } from '../../endpoints/problem';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { useClientPageQuery } from '../clients/client-queries';
import { useDocumentTitle } from '../pages/document-title';
import { useNotice } from '../pages/notice';
import { ClientRecordProvider } from './client-record-context';
import { ClientRecordView } from './ClientRecordView';
import { OutsideScope } from './OutsideScope';
import './client-page.css';

/** One client: the situation at a glance, then every part of the record. */
export function ClientPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const notice = useNotice();
  const query = useClientPageQuery(clientId);
  const outsideScope = isProblem(query.error, 403) && query.error.code === 'outside-scope';
  const title = query.data?.client.name.fullName ?? (outsideScope ? t('clientPage.outsideScopeTitle') : t('clientPage.title'));
  useDocumentTitle(title);

  return (
    <>
      <p className="koers-back-link">
        <Link to="/clients">{t('clientPage.backToSearch')}</Link>
      </p>
      <PageHeading>{title}</PageHeading>
      {notice !== undefined && <Alert type="success">{notice}</Alert>}
      {query.isPending && <LoadingText />}
      {query.isError &&
        (outsideScope ? <OutsideScope clientId={clientId} /> : <Alert type="error">{problemMessage(query.error, t).message}</Alert>)}
      {query.data !== undefined && (
        <ClientRecordProvider record={{ clientId, page: query.data, canEdit: query.data.access.canEdit }}>
          <ClientRecordView />
        </ClientRecordProvider>
      )}
    </>
  );
}
