import type { FieldErrorItem } from '../../ui/ErrorSummary';
import { Alert } from '../../ui/Alert';
import { ErrorSummary } from '../../ui/ErrorSummary';

/** The top of a form after a failed submit: the error summary and any general problem. */
export function FormProblems({ summary, failure }: { summary: readonly FieldErrorItem[]; failure: string | null }) {
  return (
    <>
      <ErrorSummary errors={summary} />
      {failure !== null && <Alert type="error" title={failure} />}
    </>
  );
}
