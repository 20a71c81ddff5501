import { useTranslation } from 'react-i18next';
import { changeStep } from '../../../endpoints/client-records';
import type { PlanStep, StepChange } from '../../../endpoints/client-types';
import { formatDate } from '../../../i18n/format';
import { localLabel } from '../../../i18n/labels';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';
import { useClientRecord } from '../client-record-context';
import { useRecordingMutation } from '../recording-mutation';

/** An agreed step: what, who, by when, which intervention; an open step can be marked done. */
export function PlanStepItem({ step, onChanged }: { step: PlanStep; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const { page, canEdit } = useClientRecord();
  const intervention = page.interventions.find((candidate) => candidate.id === step.interventionId);
  const mutation = useRecordingMutation(
    (clientId: string, change: StepChange) => changeStep(clientId, step.id, change),
    () => { onChanged(t('clientPage.plan.stepDone')); },
  );
  const facts = [
    t(`clientPage.plan.responsible.${step.responsible}`),
    step.dueDate === null ? t('clientPage.plan.noDueDate') : t('clientPage.plan.dueDate', { date: formatDate(step.dueDate) }),
    ...(intervention === undefined ? [] : [t('clientPage.plan.linkedIntervention', { intervention: localLabel(intervention, i18n.language) })]),
  ];
  return (
    <div className="koers-plan-step">
      <p className="koers-plan-step__title">
        {step.description} <Badge tone={step.status === 'done' ? 'success' : 'neutral'}>{t(`clientPage.plan.stepStatus.${step.status}`)}</Badge>
      </p>
      <p className="koers-plan-step__meta">{facts.join(' · ')}</p>
      {mutation.isError && <Alert type="error">{problemMessage(mutation.error, t).message}</Alert>}
      {canEdit && step.status === 'open' && (
        <Button variant="secondary" icon="check" onClick={() => { mutation.mutate({ status: 'done' }); }} disabled={mutation.isPending}>
          {t('clientPage.plan.markDone')}
          <VisuallyHidden>: {step.description}</VisuallyHidden>
        </Button>
      )}
    </div>
  );
}
