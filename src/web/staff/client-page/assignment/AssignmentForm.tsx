import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeAssignment } from '../../../endpoints/client-records';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { LoadingText } from '../../../ui/LoadingText';
import { Select } from '../../../ui/Select';
import { TextArea } from '../../../ui/TextArea';
import type { FieldErrors } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/form-errors';
import { FormProblems } from '../../forms/FormProblems';
import { useTeamsQuery } from '../../teams/team-queries';
import { useClientRecord } from '../client-record-context';
import { useRecordingMutation } from '../recording-mutation';
import { useCoachesQuery } from './coaches-query';

const fieldIds = { teamId: 'assignment-team', coachId: 'assignment-coach', reason: 'assignment-reason' };

/** Makes a team and coach responsible from now on, with a reason; the old assignment stays in the history. */
export function AssignmentForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const { page } = useClientRecord();
  const teams = useTeamsQuery();
  const coaches = useCoachesQuery();
  const [teamId, setTeamId] = useState(page.assignment?.team?.id ?? '');
  const [coachId, setCoachId] = useState(page.assignment?.coach?.id ?? '');
  const [reason, setReason] = useState('');
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(changeAssignment, onSaved);
  const teamName = (id: string): string => teams.data?.find((team) => team.id === id)?.name ?? '';
  const teamCoaches = (coaches.data ?? []).filter((coach) => teamId === '' || coach.teamIds.includes(teamId));
  const otherCoaches = (coaches.data ?? []).filter((coach) => !teamCoaches.includes(coach));

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: FieldErrors<keyof typeof fieldIds> = {};
    if (teamId === '' && coachId === '') found.teamId = t('clientPage.assignment.errors.teamOrCoach');
    if (reason.trim() === '') found.reason = t('clientPage.assignment.errors.reasonRequired');
    if (!form.check(found)) return;
    const change = { teamId: teamId === '' ? null : teamId, coachId: coachId === '' ? null : coachId, reason: reason.trim() };
    mutation.mutate(change, { onError: form.fromServer });
  };

  if (teams.isPending || coaches.isPending) return <LoadingText />;
  if (teams.isError) return <Alert type="error">{problemMessage(teams.error, t).message}</Alert>;

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientPage.assignment.change')} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      {coaches.isError && <Alert type="warning">{t('clientPage.assignment.coachesUnavailable')}</Alert>}
      <div className="koers-form-grid">
        <Select id={fieldIds.teamId} label={t('clientPage.assignment.fields.team')} value={teamId} onChange={(event) => { setTeamId(event.target.value); }} error={form.errors.teamId}>
          <option value="">{t('clientPage.assignment.fields.noTeam')}</option>
          {teams.data.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </Select>
        {coaches.data !== undefined && (
          <Select id={fieldIds.coachId} label={t('clientPage.assignment.fields.coach')} value={coachId} onChange={(event) => { setCoachId(event.target.value); }} error={form.errors.coachId}>
            <option value="">{t('clientPage.assignment.fields.noCoach')}</option>
            <optgroup label={teamId === '' ? t('clientPage.assignment.fields.allCoaches') : t('clientPage.assignment.fields.teamCoaches', { team: teamName(teamId) })}>
              {teamCoaches.map((coach) => (
                <option key={coach.id} value={coach.id}>
                  {coach.displayName}
                </option>
              ))}
            </optgroup>
            {otherCoaches.length > 0 && (
              <optgroup label={t('clientPage.assignment.fields.otherCoaches')}>
                {otherCoaches.map((coach) => (
                  <option key={coach.id} value={coach.id}>
                    {coach.displayName}
                  </option>
                ))}
              </optgroup>
            )}
          </Select>
        )}
      </div>
      <TextArea
        id={fieldIds.reason}
        label={t('clientPage.assignment.fields.reason')}
        description={t('clientPage.assignment.fields.reasonDescription')}
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(event) => { setReason(event.target.value); }}
        error={form.errors.reason}
      />
      <Button type="submit">{t('clientPage.assignment.submit')}</Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
