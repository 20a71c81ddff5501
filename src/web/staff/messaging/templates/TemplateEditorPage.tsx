import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { buttonClassName } from '../../../ui/Button';
import { PageHeading } from '../../../ui/Heading';
import { LoadingText } from '../../../ui/LoadingText';
import { useDocumentTitle } from '../../pages/document-title';
import { useNotice, type NoticeState } from '../../pages/notice';
import { useActiveSession } from '../../session/ActiveSession';
import { useTemplateQuery } from '../messaging-queries';
import { hasAnyRole, senderRoles, templateEditorRoles } from '../messaging-roles';
import type { Template } from '../messaging-types';
import { PreviewSection } from '../preview/PreviewSection';
import { useTemplateLanguages } from './template-languages';
import { standardVariableNames } from './template-sample';
import { TemplateForm } from './TemplateForm';
import { TemplateReadOnly } from './TemplateReadOnly';

/** A new template (/messages/templates/new) or an existing one: the editor, or a read-only view, and the preview. */
export function TemplateEditorPage() {
  const { t } = useTranslation();
  const { templateId } = useParams();
  const query = useTemplateQuery(templateId);
  const title = templateId === undefined ? t('messaging.templates.newTitle') : (query.data?.name ?? t('messaging.templates.title'));
  useDocumentTitle(title);
  return (
    <>
      <p className="koers-back-link">
        <Link to="/messages/templates">{t('messaging.templates.backToList')}</Link>
      </p>
      <PageHeading>{title}</PageHeading>
      {templateId !== undefined && query.isPending && <LoadingText />}
      {query.isError && <Alert type="error">{problemMessage(query.error, t).message}</Alert>}
      {(templateId === undefined || query.data !== undefined) && <TemplateEditor key={templateId ?? 'new'} template={query.data} />}
    </>
  );
}

function TemplateEditor({ template }: { template: Template | undefined }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const navigate = useNavigate();
  const notice = useNotice();
  const languages = useTemplateLanguages(template);
  const canEdit = hasAnyRole(session, templateEditorRoles);
  const variables = template?.variables ?? standardVariableNames.map((name) => ({ name, example: '' }));
  return (
    <>
      {notice !== undefined && <Alert type="success">{notice}</Alert>}
      {canEdit ? (
        <TemplateForm
          template={template}
          languages={languages}
          variables={variables}
          onCreated={(saved) => {
            const state: NoticeState = { notice: t('messaging.templates.created') };
            void navigate(`/messages/templates/${encodeURIComponent(saved.id)}`, { state });
          }}
        />
      ) : (
        template !== undefined && <TemplateReadOnly template={template} />
      )}
      {template !== undefined && (
        <>
          {hasAnyRole(session, senderRoles) && !template.archived && (
            <p>
              <Link to={`/messages/new?template=${encodeURIComponent(template.id)}`} className={buttonClassName('secondary')}>
                {t('messaging.templates.sendThis')}
              </Link>
            </p>
          )}
          <PreviewSection template={template} languages={languages} />
        </>
      )}
    </>
  );
}
