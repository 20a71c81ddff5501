import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { PageHeading } from '../../../ui/Heading';
import { LoadingText } from '../../../ui/LoadingText';
import { useDocumentTitle } from '../../pages/document-title';
import { useAudienceChoicesQuery, useTemplatesQuery } from '../messaging-queries';
import { sendParamsFrom } from './send-params';
import { SendForm } from './SendForm';

/** /messages/new: a template to one client, the clients chosen in the caseload, or an audience. */
export function SendPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('messaging.send.title'));
  const [search] = useSearchParams();
  const params = sendParamsFrom(search);
  const templates = useTemplatesQuery();
  const audiences = useAudienceChoicesQuery();
  return (
    <>
      <p className="koers-back-link">
        <Link to="/messages">{t('messaging.backToMessages')}</Link>
      </p>
      <PageHeading>{t('messaging.send.title')}</PageHeading>
      <p className="koers-lead">{t('messaging.send.intro')}</p>
      {(templates.isPending || audiences.isPending) && <LoadingText />}
      {templates.isError && <Alert type="error">{problemMessage(templates.error, t).message}</Alert>}
      {templates.data !== undefined && !audiences.isPending && (
        <SendForm
          key={search.toString()}
          params={params}
          templates={templates.data.filter((template) => !template.archived)}
          // Without the audiences API (or when it fails) only clients can be chosen.
          audiences={audiences.data ?? null}
        />
      )}
    </>
  );
}
