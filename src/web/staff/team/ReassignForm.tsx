import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reassignClients } from '../../endpoints/caseload';
import type { CaseloadClient, ReassignmentRequest } from '../../endpoints/caseload-types';
import { isProblem } from '../../endpoints/problem';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { LoadingText } from '../../ui/LoadingText';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { useCoachesQuery } from '../client-page/assignment/coaches-query';
import { clientsKey } from '../clients/client-queries';
import type { FieldErrors } from '../forms/field-errors';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { firstClientCheckboxId } from './SelectableClients';
import type { TeamSelection } from './team-selection';

const fieldIds = { moves: firstClientCheckboxId, coachId: 'reassign-coach', reason: 'reassign-reason' };
type Field = keyof typeof fieldIds;

/** The shortest reason the server accepts. */
const minimumReasonLength = 3;

export interface ReassignFormProps {
  selection: TeamSelection;
  /** The chosen clients, as shown: their coach now is the coach of the selection. */
  clients: readonly CaseloadClient[];
  onMoved: (message: string) => void;
  /** Someone else moved one of the clients first; the lists are fetched anew. */
  onConflict: () => void;
}

/** Moves the chosen clients to another coach, with the reason on record. */
export function ReassignForm({ selection, clients, onMoved, onConflict }: ReassignFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const coaches = useCoachesQuery();
  const [coachId, setCoachId] = useState('');
  const [reason, setReason] = useState('');
  const [conflict, setConflict] = useState(false);
  const form = useFormErrors(fieldIds);
  const currentCoachId = selection.kind === 'coach' ? selection.coach.id : null;
  const candidates = (coaches.data ?? []).filter((coach) => coach.id !== currentCoachId);

  const mutation = useMutation({
    mutationFn: reassignClients,
    onSettled: () => queryClient.invalidateQueries({ queryKey: clientsKey }),
  });

  /** Keeps each client's team when the new coach works in it; otherwise moves them to the coach's team. */
  const teamFor = (targetTeamIds: readonly string[]): string | undefined => {
    const sourceTeamIds = selection.kind === 'coach' ? (coaches.data?.find((coach) => coach.id === selection.coach.id)?.teamIds ?? []) : [selection.team.id];
    if (targetTeamIds.some((id) => sourceTeamIds.includes(id))) return undefined;
    return targetTeamIds[0];
  };

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    setConflict(false);
    const found: FieldErrors<Field> = {};
    if (clients.length === 0) found.moves = t('team.reassign.errors.noClients');
    if (coachId === '') found.coachId = t('team.reassign.errors.coachRequired');
    if (reason.trim().length < minimumReasonLength) found.reason = t('team.reassign.errors.reasonTooShort', { count: minimumReasonLength });
    if (!form.check(found)) return;
    const target = candidates.find((coach) => coach.id === coachId);
    const request: ReassignmentRequest = {
      moves: clients.map((client) => ({ clientId: client.id, expectedCoachId: currentCoachId })),
      coachId,
      reason: reason.trim(),
    };
    const teamId = teamFor(target?.teamIds ?? []);
    if (teamId !== undefined) request.teamId = teamId;
    mutation.mutate(request, {
      onSuccess: ({ moved }) => {
        setReason('');
        onMoved(t('team.reassign.moved', { count: moved, coach: target?.displayName ?? '' }));
      },
      onError: (error) => {
        if (isProblem(error, 409) && error.code === 'assignment-changed') {
          form.check({});
          setConflict(true);
          onConflict();
        } else if (isProblem(error, 400) && error.code === 'inactive-coach') {
          form.check({ coachId: t('team.reassign.errors.inactiveCoach') });
        } else {
          form.fromServer(error);
        }
      },
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby="reassign-title" className="koers-reassign">
      <h3 id="reassign-title" className="koers-heading koers-heading--3">
        {t('team.reassign.title')}
      </h3>
      <p>{t('team.reassign.chosen', { count: clients.length })}</p>
      <FormProblems summary={form.summary} failure={form.failure} />
      {conflict && <Alert type="warning" title={t('team.reassign.conflict')} />}
      <div className="koers-form-grid">
        <Select id={fieldIds.coachId} label={t('team.reassign.coach')} value={coachId} onChange={(event) => { setCoachId(event.target.value); }} error={form.errors.coachId}>
          <option value="">{coaches.isPending ? t('ui.loading') : t('team.reassign.chooseCoach')}</option>
          {candidates.map((coach) => (
            <option key={coach.id} value={coach.id}>
              {coach.displayName}
            </option>
          ))}
        </Select>
      </div>
      <TextArea
        id={fieldIds.reason}
        label={t('team.reassign.reason')}
        description={t('team.reassign.reasonDescription')}
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(event) => { setReason(event.target.value); }}
        error={form.errors.reason}
      />
      <Button type="submit">{t('team.reassign.submit', { count: clients.length })}</Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
