import { useTranslation } from 'react-i18next';
import { changeGoal } from '../../../endpoints/client-records';
import type { GoalChange, PlanGoal, PlanStep } from '../../../endpoints/client-types';
import { formatDate } from '../../../i18n/format';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';
import { useClientRecord } from '../client-record-context';
import { useRecordingMutation } from '../recording-mutation';
import { PlanStepList } from './PlanStepList';

export interface PlanGoalItemProps {
  goal: PlanGoal;
  steps: readonly PlanStep[];
  onChanged: (message: string) => void;
}

/** A goal with its target date, status and steps; an open goal can be marked achieved or dropped. */
export function PlanGoalItem({ goal, steps, onChanged }: PlanGoalItemProps) {
  const { t } = useTranslation();
  const { canEdit } = useClientRecord();
  const mutation = useRecordingMutation(
    (clientId: string, change: GoalChange) => changeGoal(clientId, goal.id, change),
    (_result, change) => { onChanged(t(`clientPage.plan.goalMarked.${change.status ?? 'open'}`)); },
  );
  return (
    <div className="koers-plan-goal">
      <p className="koers-plan-goal__title">
        <strong>{goal.description}</strong>{' '}
        <Badge tone={goal.status === 'achieved' ? 'success' : 'neutral'}>{t(`clientPage.plan.goalStatus.${goal.status}`)}</Badge>
      </p>
      <p className="koers-plan-goal__meta">
        {goal.targetDate === null ? t('clientPage.plan.noTargetDate') : t('clientPage.plan.targetDate', { date: formatDate(goal.targetDate) })}
      </p>
      {mutation.isError && <Alert type="error">{problemMessage(mutation.error, t).message}</Alert>}
      {canEdit && goal.status === 'open' && (
        <div className="koers-button-group">
          <Button variant="secondary" icon="check" onClick={() => { mutation.mutate({ status: 'achieved' }); }} disabled={mutation.isPending}>
            {t('clientPage.plan.markAchieved')}
            <VisuallyHidden>: {goal.description}</VisuallyHidden>
          </Button>
          <Button variant="subtle" onClick={() => { mutation.mutate({ status: 'dropped' }); }} disabled={mutation.isPending}>
            {t('clientPage.plan.markDropped')}
            <VisuallyHidden>: {goal.description}</VisuallyHidden>
          </Button>
        </div>
      )}
      {steps.length > 0 && <PlanStepList steps={steps} onChanged={onChanged} />}
    </div>
  );
}
