import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoment } from '../../../i18n/format';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { buttonClassName } from '../../../ui/Button';
import { PageHeading } from '../../../ui/Heading';
import { LoadingText } from '../../../ui/LoadingText';
import { Table } from '../../../ui/Table';
import { useDocumentTitle } from '../../pages/document-title';
import { useActiveSession } from '../../session/ActiveSession';
import { MessageIcon } from '../icons';
import { languageName } from '../language-name';
import { useTemplatesQuery } from '../messaging-queries';
import { hasAnyRole, templateEditorRoles } from '../messaging-roles';

/** The organisation's message templates; editors add and change them. */
export function TemplatesPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('messaging.templates.title'));
  const session = useActiveSession();
  const templates = useTemplatesQuery();
  return (
    <>
      <p className="koers-back-link">
        <Link to="/messages">{t('messaging.backToMessages')}</Link>
      </p>
      <PageHeading>{t('messaging.templates.title')}</PageHeading>
      <p className="koers-lead">{t('messaging.templates.intro')}</p>
      {hasAnyRole(session, templateEditorRoles) && (
        <p>
          <Link to="/messages/templates/new" className={buttonClassName('primary')}>
            {t('messaging.templates.new')}
          </Link>
        </p>
      )}
      {templates.isPending && <LoadingText />}
      {templates.isError && <Alert type="error">{problemMessage(templates.error, t).message}</Alert>}
      {templates.data?.length === 0 && <p>{t('messaging.templates.none')}</p>}
      {templates.data !== undefined && templates.data.length > 0 && (
        <Table caption={t('messaging.templates.caption')} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('messaging.templates.columns.name')}</th>
              <th scope="col">{t('messaging.templates.columns.category')}</th>
              <th scope="col">{t('messaging.templates.columns.languages')}</th>
              <th scope="col">{t('messaging.templates.columns.updatedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {templates.data.map((template) => (
              <tr key={template.id}>
                <th scope="row">
                  <span className="koers-inline-icon">
                    <MessageIcon name={template.icon} />
                    <Link to={`/messages/templates/${encodeURIComponent(template.id)}`}>{template.name}</Link>
                  </span>
                  {template.archived && <Badge>{t('messaging.templates.archived')}</Badge>}
                </th>
                <td>{t(`messaging.categories.${template.category}`)}</td>
                <td>{template.languages.map((language) => languageName(language, i18n.language)).join(', ')}</td>
                <td>
                  <time dateTime={template.updatedAt}>{formatMoment(template.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
