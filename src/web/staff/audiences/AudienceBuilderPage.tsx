import { useEffect, useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ProblemError } from '../../endpoints/problem';
import { Alert } from '../../ui/Alert';
import { Button, buttonClassName } from '../../ui/Button';
import { PageHeading } from '../../ui/Heading';
import { LiveMessage } from '../../ui/LiveMessage';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { useCoachesQuery } from '../client-page/assignment/coaches-query';
import { clientWorkRoles } from '../clients/client-roles';
import { useClientSettingsQuery } from '../client-settings/client-settings-queries';
import { fieldErrorMessage } from '../forms/server-field-errors';
import type { NoticeState } from '../pages/notice';
import { useNotice } from '../pages/notice';
import { useDocumentTitle } from '../pages/document-title';
import { hasRole, useActiveSession } from '../session/ActiveSession';
import { useTeamsQuery } from '../teams/team-queries';
import { newMessagePath, type Audience, type AudienceDefinition } from './audience-api';
import { audienceProblem } from './audience-problem';
import { DeleteAudienceDialog } from './DeleteAudienceDialog';
import {
  useAudienceOptionsQuery,
  useAudiencePreviewQuery,
  useAudiencesQuery,
  useChangeAudienceMutation,
  useCreateAudienceMutation,
} from './audience-queries';
import { DefinitionEditor } from './DefinitionEditor';
import { conditionKeyOfField, fromDefinition, toDefinition, type DefinitionDraft } from './definition-draft';
import { PreviewPanel } from './PreviewPanel';

/** The definition a little after the last edit, so that typing does not count on every key. */
function useSettled(definition: AudienceDefinition | null, delayMs: number): AudienceDefinition | null {
  const json = JSON.stringify(definition);
  const [settled, setSettled] = useState(json);
  useEffect(() => {
    const timer = setTimeout(() => { setSettled(json); }, delayMs);
    return () => { clearTimeout(timer); };
  }, [json, delayMs]);
  return useMemo(() => JSON.parse(settled) as AudienceDefinition | null, [settled]);
}

const fieldIds = { name: 'audience-name', description: 'audience-description' };

/** Builds a new dynamic audience, or changes a saved one, with the count and a sample as it goes. */
export function AudienceBuilderPage({ audience }: { audience?: Audience }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useActiveSession();
  const notice = useNotice();
  useDocumentTitle(audience ? t('audiences.builder.editTitle', { name: audience.name }) : t('audiences.builder.newTitle'));
  const [name, setName] = useState(audience?.name ?? '');
  const [description, setDescription] = useState(audience?.description ?? '');
  const [draft, setDraft] = useState<DefinitionDraft>(() => (audience?.definition ? fromDefinition(audience.definition) : { match: 'all', groups: [] }));
  const [nameError, setNameError] = useState<string | null>(null);
  const [conditionErrors, setConditionErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(notice ?? null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const settings = useClientSettingsQuery();
  const coaches = useCoachesQuery();
  const teams = useTeamsQuery();
  const audiences = useAudiencesQuery();
  const options = useAudienceOptionsQuery();
  const create = useCreateAudienceMutation();
  const change = useChangeAudienceMutation(audience?.id ?? '');

  const definition = useMemo(() => toDefinition(draft), [draft]);
  const settled = useSettled(definition, 400);
  const preview = useAudiencePreviewQuery(settled, audience?.id);
  const previewFailure = preview.isError ? audienceProblem(preview.error, t) : null;

  // Server problems with a condition show at that condition.
  const previewError = preview.error;
  useEffect(() => {
    if (!(previewError instanceof ProblemError)) {
      setConditionErrors({});
      return;
    }
    setConditionErrors(errorsByCondition(previewError));
  }, [previewError]);

  function errorsByCondition(error: ProblemError): Record<string, string> {
    const found: Record<string, string> = {};
    for (const fieldError of error.fieldErrors) {
      const key = conditionKeyOfField(draft, fieldError.field);
      if (key !== null && found[key] === undefined) {
        found[key] = error.code === 'audience-cycle' ? t('audiences.problems.cycle') : fieldErrorMessage(fieldError.message, t);
      }
    }
    return found;
  }

  const saving = create.isPending || change.isPending;
  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setFailure(null);
    setMessage(null);
    if (name.trim() === '') {
      setNameError(t('audiences.builder.nameRequired'));
      document.getElementById(fieldIds.name)?.focus();
      return;
    }
    setNameError(null);
    if (definition === null) {
      setFailure(t('audiences.builder.incomplete'));
      return;
    }
    const onError = (error: unknown) => {
      setFailure(audienceProblem(error, t));
      if (error instanceof ProblemError) setConditionErrors(errorsByCondition(error));
      if (error instanceof ProblemError && error.code === 'audience-name-taken') setNameError(t('audiences.problems.nameTaken'));
    };
    const trimmed = { name: name.trim(), description: description.trim() === '' ? null : description.trim() };
    if (audience) {
      change.mutate(
        { ...trimmed, definition },
        {
          onSuccess: (saved) => { setMessage(t('audiences.saved', { name: trimmed.name, count: saved.memberCount })); },
          onError,
        },
      );
    } else {
      create.mutate(
        { kind: 'dynamic', ...trimmed, definition },
        {
          onSuccess: (saved) => {
            const state: NoticeState = { notice: t('audiences.saved', { name: trimmed.name, count: saved.memberCount }) };
            void navigate(`/audiences/${encodeURIComponent(saved.id)}`, { state, replace: true });
          },
          onError,
        },
      );
    }
  };

  return (
    <>
      <PageHeading>{audience ? t('audiences.builder.editTitle', { name: audience.name }) : t('audiences.builder.newTitle')}</PageHeading>
      <p>
        <Link to="/audiences">{t('audiences.builder.backToList')}</Link>
      </p>
      <LiveMessage message={message} />
      {audience && audience.referencedBy.length > 0 && <Alert type="info">{t('audiences.builder.usedBy', { names: audience.referencedBy.map((a) => a.name).join(', ') })}</Alert>}
      <form noValidate onSubmit={submit} className="koers-audience-builder" aria-label={audience ? t('audiences.builder.editTitle', { name: audience.name }) : t('audiences.builder.newTitle')}>
        <div className="koers-audience-builder__main">
          <TextField id={fieldIds.name} label={t('audiences.fields.name')} value={name} maxLength={200} error={nameError} onChange={(event) => { setName(event.target.value); }} />
          <TextArea
            id={fieldIds.description}
            label={t('audiences.fields.description')}
            description={t('audiences.fields.descriptionHint')}
            optional
            rows={2}
            maxLength={1000}
            value={description}
            onChange={(event) => { setDescription(event.target.value); }}
          />
          <DefinitionEditor
            draft={draft}
            errors={conditionErrors}
            onChange={setDraft}
            choices={{
              settings: settings.data,
              coaches: coaches.data ?? [],
              teams: teams.data ?? [],
              audiences: audiences.data ?? [],
              options: options.data,
              audienceId: audience?.id,
            }}
          />
          {failure !== null && <Alert type="error" title={failure} />}
          <div className="koers-audience-actions">
            <Button type="submit" disabled={saving}>
              {saving ? t('common.saving') : audience ? t('audiences.builder.saveChanges') : t('audiences.builder.save')}
            </Button>
            {audience && (
              <>
                <Link className={buttonClassName('secondary')} to={newMessagePath(audience.id)}>
                  {t('audiences.sendMessage')}
                </Link>
                <Button variant="danger" onClick={() => { setConfirmingDelete(true); }}>
                  {t('audiences.builder.delete')}
                </Button>
              </>
            )}
          </div>
        </div>
        <aside className="koers-audience-builder__side">
          <PreviewPanel
            preview={preview.data}
            incomplete={definition === null}
            counting={preview.isFetching}
            failure={previewFailure}
            linkToClients={clientWorkRoles.some((role) => hasRole(session, role))}
          />
        </aside>
      </form>
      {audience && (
        <DeleteAudienceDialog audience={audience} open={confirmingDelete} onClose={() => { setConfirmingDelete(false); }} onError={(error) => { setFailure(audienceProblem(error, t)); }} />
      )}
    </>
  );
}
