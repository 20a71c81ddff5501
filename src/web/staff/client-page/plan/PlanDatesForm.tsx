import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changePlan } from '../../../endpoints/client-records';
import { Button } from '../../../ui/Button';
import { LoadingText } from '../../../ui/LoadingText';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../../forms/form-errors';
import { FormProblems } from '../../forms/FormProblems';
import { useClientRecord } from '../client-record-context';
import { useRecordingMutation } from '../recording-mutation';

const fieldIds = { agreedOn: 'plan-agreed-on', reviewOn: 'plan-review-on' };

/** When the plan was agreed with the client, and when it is reviewed. */
export function PlanDatesForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const { page } = useClientRecord();
  const [agreedOn, setAgreedOn] = useState(page.plan.agreedOn ?? '');
  const [reviewOn, setReviewOn] = useState(page.plan.reviewOn ?? '');
  const form = useFormErrors(fieldIds);
  const mutation = useRecordingMutation(changePlan, onSaved);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = agreedOn !== '' && reviewOn !== '' && reviewOn < agreedOn ? { reviewOn: t('problems.reviewBeforeAgreement') } : {};
    if (form.check(found)) {
      mutation.mutate({ agreedOn: agreedOn === '' ? null : agreedOn, reviewOn: reviewOn === '' ? null : reviewOn }, { onError: form.fromServer });
    }
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('clientPage.plan.dates.title')} className="koers-recording-form">
      <FormProblems summary={form.summary} failure={form.failure} />
      <div className="koers-form-grid">
        <TextField id={fieldIds.agreedOn} type="date" label={t('clientPage.plan.agreedOn')} optional value={agreedOn} onChange={(event) => { setAgreedOn(event.target.value); }} error={form.errors.agreedOn} />
        <TextField id={fieldIds.reviewOn} type="date" label={t('clientPage.plan.reviewOn')} optional value={reviewOn} onChange={(event) => { setReviewOn(event.target.value); }} error={form.errors.reviewOn} />
      </div>
      <Button type="submit">{t('clientPage.plan.dates.submit')}</Button>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
