import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format';
import { Disclosure } from '../../../ui/Disclosure';
import { Heading } from '../../../ui/Heading';
import { ClientSection } from '../ClientSection';
import { useClientRecord } from '../client-record-context';
import { sectionId } from '../client-sections';
import { useSectionNotice } from '../section-notice';
import { NewGoalForm } from './NewGoalForm';
import { NewStepForm } from './NewStepForm';
import { PlanDatesForm } from './PlanDatesForm';
import { PlanGoalItem } from './PlanGoalItem';
import { PlanStepList } from './PlanStepList';

const id = sectionId('plan');
type Open = 'dates' | 'goal' | 'step' | null;

/** The plan of action: when agreed and reviewed, goals with their steps, and adding to it. */
export function PlanSection() {
  const { t } = useTranslation();
  const { page, canEdit } = useClientRecord();
  const { notice, announce } = useSectionNotice(id);
  const [open, setOpen] = useState<Open>(null);
  const { plan } = page;
  const loose = plan.steps.filter((step) => step.goalId === null || !plan.goals.some((goal) => goal.id === step.goalId));
  const toggle = (which: Exclude<Open, null>) => (next: boolean) => { setOpen(next ? which : null); };
  const done = (message: string) => () => {
    setOpen(null);
    announce(message);
  };

  return (
    <ClientSection id={id} title={t('clientPage.sections.plan')} notice={notice}>
      <dl className="koers-details">
        <dt>{t('clientPage.plan.agreedOn')}</dt>
        <dd>{plan.agreedOn === null ? t('clientPage.plan.notYet') : formatDate(plan.agreedOn)}</dd>
        <dt>{t('clientPage.plan.reviewOn')}</dt>
        <dd>{plan.reviewOn === null ? t('clientPage.plan.notYet') : formatDate(plan.reviewOn)}</dd>
      </dl>
      {canEdit && (
        <Disclosure summary={t('clientPage.plan.dates.title')} open={open === 'dates'} onOpenChange={toggle('dates')}>
          <PlanDatesForm onSaved={done(t('clientPage.plan.dates.saved'))} />
        </Disclosure>
      )}
      <Heading level={3}>{t('clientPage.plan.goalsTitle')}</Heading>
      {plan.goals.length === 0 ? (
        <p>{t('clientPage.plan.noGoals')}</p>
      ) : (
        <ol className="koers-plain-list koers-plan-goals">
          {plan.goals.map((goal) => (
            <li key={goal.id}>
              <PlanGoalItem goal={goal} steps={plan.steps.filter((step) => step.goalId === goal.id)} onChanged={announce} />
            </li>
          ))}
        </ol>
      )}
      {loose.length > 0 && (
        <>
          <Heading level={3}>{t('clientPage.plan.looseStepsTitle')}</Heading>
          <PlanStepList steps={loose} onChanged={announce} />
        </>
      )}
      {canEdit && (
        <div className="koers-plan-actions">
          <Disclosure summary={t('clientPage.plan.newGoal.title')} open={open === 'goal'} onOpenChange={toggle('goal')}>
            <NewGoalForm onAdded={done(t('clientPage.plan.newGoal.added'))} />
          </Disclosure>
          <Disclosure summary={t('clientPage.plan.newStep.title')} open={open === 'step'} onOpenChange={toggle('step')}>
            <NewStepForm onAdded={done(t('clientPage.plan.newStep.added'))} />
          </Disclosure>
        </div>
      )}
    </ClientSection>
  );
}
