import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ClientSearchResult } from '../../../endpoints/client-types';
import { amsterdamMoment } from '../../../i18n/amsterdam-time';
import { todayIso } from '../../../i18n/format';
import { problemMessage } from '../../../i18n/problem-message';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { RadioGroup } from '../../../ui/RadioGroup';
import { Select } from '../../../ui/Select';
import { TextField } from '../../../ui/TextField';
import { usePassedClientName } from './passed-client';
import { summaryItems, type FieldErrors } from '../../forms/field-errors';
import { FormProblems } from '../../forms/FormProblems';
import type { NoticeState } from '../../pages/notice';
import { createSend, estimateSend } from '../messaging-api';
import { messagingKey, useTemplateQuery } from '../messaging-queries';
import type { AudienceChoice, SendEstimate, SendTarget, TemplateSummary } from '../messaging-types';
import { extraVariables } from '../preview/PreviewSection';
import { RecipientPicker } from '../preview/RecipientPicker';
import { ConfirmSendDialog } from './ConfirmSendDialog';
import type { SendParams } from './send-params';

const fieldIds = {
  template: 'send-template',
  recipients: 'send-recipients',
  client: 'send-client',
  audience: 'send-audience',
  date: 'send-date',
  time: 'send-time',
};
type Field = keyof typeof fieldIds;
type RecipientKind = 'client' | 'selection' | 'audience';
const variableFieldId = (name: string): string => `send-variable-${name}`;

export interface SendFormProps {
  params: SendParams;
  templates: readonly TemplateSummary[];
  /** null when there is no audiences API: then only clients can be chosen. */
  audiences: readonly AudienceChoice[] | null;
}

export function SendForm({ params, templates, audiences }: SendFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [templateId, setTemplateId] = useState(params.templateId ?? '');
  const template = useTemplateQuery(templateId === '' ? undefined : templateId);
  const [kind, setKind] = useState<RecipientKind>(params.audienceId !== null && audiences !== null ? 'audience' : params.clientIds.length > 0 ? 'selection' : 'client');
  const [client, setClient] = useState<ClientSearchResult | null>(null);
  const [audienceId, setAudienceId] = useState(params.audienceId ?? '');
  const [variables, setVariables] = useState<Record<string, string>>({});
  const [urgent, setUrgent] = useState(false);
  const [when, setWhen] = useState<'now' | 'later'>('now');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [estimate, setEstimate] = useState<SendEstimate | null>(null);
  const [sendFailure, setSendFailure] = useState<string | null>(null);
  const [variableErrors, setVariableErrors] = useState<Record<string, string>>({});
  const summary = useMemo(
    () => [
      ...summaryItems(errors, fieldIds),
      ...Object.entries(variableErrors).map(([name, message]) => ({ fieldId: variableFieldId(name), message })),
    ],
    [errors, variableErrors],
  );

  const isService = template.data?.category === 'service';
  const scheduledAt = when === 'later' ? amsterdamMoment(date, time) : null;
  const passedClientName = usePassedClientName(params.clientId);

  const target = (): SendTarget | null => {
    if (kind === 'selection') return params.clientIds.length > 0 ? { kind: 'clients', clientIds: params.clientIds } : null;
    if (kind === 'audience') return audienceId === '' ? null : { kind: 'audience', audienceId };
    const clientId = client?.id ?? params.clientId;
    return clientId === null ? null : { kind: 'clients', clientIds: [clientId] };
  };

  const estimateMutation = useMutation({
    mutationFn: estimateSend,
    onSuccess: (answer) => {
      setSendFailure(null);
      setEstimate(answer);
    },
    onError: (error) => { setFailure(problemMessage(error, t).message); },
  });

  const sendMutation = useMutation({
    mutationFn: createSend,
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: messagingKey });
      const state: NoticeState = {
        notice:
          created.status === 'scheduled'
            ? t('messaging.send.scheduled')
            : t('messaging.send.sent', { count: created.recipients ?? estimate?.recipients ?? 0 }),
      };
      void navigate(`/messages/sends/${encodeURIComponent(created.id)}`, { state });
    },
    onError: (error) => { setSendFailure(problemMessage(error, t).message); },
  });

  const check = (): FieldErrors<Field> => {
    const found: FieldErrors<Field> = {};
    if (templateId === '') found.template = t('messaging.send.errors.template');
    if (target() === null) {
      if (kind === 'audience') found.audience = t('messaging.send.errors.audience');
      else if (kind === 'client') found.client = t('messaging.send.errors.client');
      else found.recipients = t('messaging.send.errors.recipients');
    }
    if (when === 'later') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = t('messaging.send.errors.date');
      if (!/^\d{2}:\d{2}$/.test(time)) found.time = t('messaging.send.errors.time');
      else if (scheduledAt !== null && Date.parse(scheduledAt) <= Date.now()) found.time = t('messaging.send.errors.past');
    }
    return found;
  };

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (estimateMutation.isPending) return;
    const found = check();
    // The server refuses a send without a value for every variable it does not fill in itself.
    const missing = Object.fromEntries(
      (template.data === undefined ? [] : extraVariables(template.data))
        .filter((name) => (variables[name] ?? '').trim() === '')
        .map((name) => [name, t('messaging.send.errors.variable', { tag: `{{ ${name} }}` })]),
    );
    setErrors(found);
    setVariableErrors(missing);
    setFailure(null);
    const chosen = target();
    if (Object.keys(found).length > 0 || Object.keys(missing).length > 0 || chosen === null) return;
    estimateMutation.mutate({ templateId, target: chosen, ...(isService && urgent ? { urgent: true } : {}) });
  };

  const send = (idempotencyKey: string): void => {
    const chosen = target();
    if (chosen === null || sendMutation.isPending) return;
    const given = Object.fromEntries(Object.entries(variables).filter(([, value]) => value.trim() !== ''));
    sendMutation.mutate({
      templateId,
      target: chosen,
      ...(Object.keys(given).length > 0 ? { variables: given } : {}),
      ...(isService && urgent ? { urgent: true } : {}),
      scheduledAt,
      idempotencyKey,
    });
  };

  const recipientOptions = [
    { value: 'client', label: t('messaging.send.recipients.client') },
    ...(params.clientIds.length > 0 ? [{ value: 'selection', label: t('messaging.send.recipients.selection', { count: params.clientIds.length }) }] : []),
    ...(audiences !== null ? [{ value: 'audience', label: t('messaging.send.recipients.audience') }] : []),
  ];

  return (
    <form noValidate onSubmit={submit} aria-label={t('messaging.send.formLabel')} className="koers-send-form">
      <FormProblems summary={summary} failure={failure} />
      <Select
        id={fieldIds.template}
        label={t('messaging.send.template')}
        value={templateId}
        onChange={(event) => { setTemplateId(event.target.value); setUrgent(false); }}
        error={errors.template}
      >
        <option value="">{t('messaging.send.chooseTemplate')}</option>
        {templates.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name} ({t(`messaging.categories.${option.category}`)})
          </option>
        ))}
      </Select>
      {templateId !== '' && (
        <p>
          <Link to={`/messages/templates/${encodeURIComponent(templateId)}`}>{t('messaging.send.viewTemplate')}</Link>
        </p>
      )}
      {templates.length === 0 && <p>{t('messaging.send.noTemplates')}</p>}

      <RadioGroup
        id={fieldIds.recipients}
        name="send-recipients"
        legend={t('messaging.send.recipients.legend')}
        options={recipientOptions}
        value={kind}
        onChange={(value) => { setKind(value as RecipientKind); }}
        error={errors.recipients}
      />
      {kind === 'client' &&
        (params.clientId !== null && client === null ? (
          <div className="koers-chosen-client">
            <p>
              {passedClientName === undefined
                ? t('messaging.send.recipients.passedClient')
                : t('messaging.send.recipients.passedClientNamed', { name: passedClientName })}
            </p>
            <RecipientPicker id={fieldIds.client} legend={t('messaging.send.recipients.otherClient')} value={client} onChange={setClient} error={errors.client} />
          </div>
        ) : (
          <RecipientPicker id={fieldIds.client} legend={t('messaging.send.recipients.chooseClient')} value={client} onChange={setClient} error={errors.client} />
        ))}
      {kind === 'audience' && audiences !== null && (
        <Select
          id={fieldIds.audience}
          label={t('messaging.send.recipients.audienceLabel')}
          value={audienceId}
          onChange={(event) => { setAudienceId(event.target.value); }}
          error={errors.audience}
        >
          <option value="">{t('messaging.send.recipients.chooseAudience')}</option>
          {audiences.map((audience) => (
            <option key={audience.id} value={audience.id}>
              {audience.memberCount === undefined ? audience.name : t('messaging.send.recipients.audienceOption', { name: audience.name, count: audience.memberCount })}
            </option>
          ))}
        </Select>
      )}

      {template.data !== undefined &&
        extraVariables(template.data).map((name) => (
          <TextField
            key={name}
            id={variableFieldId(name)}
            label={t('messaging.variables.value', { tag: `{{ ${name} }}` })}
            description={t('messaging.send.variableDescription')}
            value={variables[name] ?? ''}
            onChange={(event) => { setVariables({ ...variables, [name]: event.target.value }); }}
            error={variableErrors[name]}
            maxLength={500}
          />
        ))}

      {isService && (
        <Checkbox
          id="send-urgent"
          label={t('messaging.send.urgent')}
          description={t('messaging.send.urgentDescription')}
          checked={urgent}
          onChange={(event) => { setUrgent(event.target.checked); }}
        />
      )}

      <RadioGroup
        id="send-when"
        name="send-when"
        legend={t('messaging.send.when')}
        inline
        options={[
          { value: 'now', label: t('messaging.send.now') },
          { value: 'later', label: t('messaging.send.later') },
        ]}
        value={when}
        onChange={(value) => { setWhen(value === 'later' ? 'later' : 'now'); }}
      />
      {when === 'later' && (
        <div className="koers-form-grid">
          <TextField id={fieldIds.date} type="date" label={t('messaging.send.date')} min={todayIso()} value={date} onChange={(event) => { setDate(event.target.value); }} error={errors.date} />
          <TextField id={fieldIds.time} type="time" label={t('messaging.send.time')} description={t('messaging.send.timeDescription')} value={time} onChange={(event) => { setTime(event.target.value); }} error={errors.time} />
        </div>
      )}

      <Button type="submit" disabled={estimateMutation.isPending}>
        {t('messaging.send.next')}
      </Button>

      <ConfirmSendDialog
        estimate={estimate}
        scheduledAt={scheduledAt}
        sending={sendMutation.isPending || sendMutation.isSuccess}
        failure={sendFailure}
        onSend={send}
        onClose={() => {
          if (!sendMutation.isPending) setEstimate(null);
        }}
      />
    </form>
  );
}
