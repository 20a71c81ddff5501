import type { TFunction } from 'i18next';
import { networkErrorCode, ProblemError } from '../endpoints/problem';

export interface ProblemMessage {
  /** What went wrong, in the user's language. */
  message: string;
  /** More from the server, when it adds something the message does not say (such as until when). */
  detail?: string;
}

/**
 * A message for a failed call: translated by the problem's code where Koers knows the code,
 * otherwise the server's own words, otherwise a general message.
 */
export function problemMessage(error: unknown, t: TFunction): ProblemMessage {
  if (!(error instanceof ProblemError)) return { message: t('problems.unknown') };
  switch (error.code) {
    case 'invalid-credentials':
      return { message: t('problems.invalidCredentials') };
    case 'account-locked':
      return withDetail(t('problems.accountLocked'), error.detail);
    case 'invalid-second-factor':
      return { message: t('problems.invalidSecondFactor') };
    case 'username-taken':
      return { message: t('problems.usernameTaken') };
    case 'outside-scope':
      return { message: t('problems.outsideScope') };
    case 'read-only-access':
      return { message: t('problems.readOnlyAccess') };
    case 'setting-in-use':
      return { message: t('problems.settingInUse') };
    case 'criterion-in-use':
      return { message: t('problems.criterionInUse') };
    case 'bsn-taken':
      return { message: t('problems.bsnTaken') };
    case 'client-number-taken':
      return { message: t('problems.clientNumberTaken') };
    case 'status-overlap':
      return { message: t('problems.statusOverlap') };
    case 'status-ended':
      return { message: t('problems.statusEnded') };
    case 'end-before-start':
      return { message: t('problems.endBeforeStart') };
    case 'end-date-required':
      return { message: t('problems.endDateRequired') };
    case 'outcome-too-early':
      return { message: t('problems.outcomeTooEarly') };
    case 'date-in-future':
      return { message: t('problems.dateInFuture') };
    case 'review-before-agreement':
      return { message: t('problems.reviewBeforeAgreement') };
    case 'invalid-profile-value':
      return { message: t('problems.invalidProfileValue') };
    case 'options-required':
      return { message: t('problems.optionsRequired') };
    case 'duplicate-option':
      return { message: t('problems.duplicateOption') };
    case 'duplicate-level':
      return { message: t('problems.duplicateLevel') };
    case 'unknown-regime':
      return { message: t('problems.unknownRegime') };
    case 'view-name-taken':
      return { message: t('problems.viewNameTaken') };
    case 'assignment-changed':
      return { message: t('problems.assignmentChanged') };
    case 'inactive-coach':
      return { message: t('problems.inactiveCoach') };
    case 'threshold-out-of-range':
      return { message: t('problems.thresholdOutOfRange') };
    case 'not-scheduled':
      return { message: t('problems.notScheduled') };
    case 'snooze-in-past':
      return { message: t('problems.snoozeInPast') };
    case networkErrorCode:
      return { message: t('problems.network') };
    default:
      break;
  }
  if (error.status === 429) {
    return {
      message:
        error.retryAfterSeconds !== undefined
          ? t('problems.tooManyRequestsWait', { count: Math.ceil(error.retryAfterSeconds / 60) })
          : t('problems.tooManyRequests'),
    };
  }
  if (error.status === 403) return { message: t('problems.forbidden') };
  if (error.status === 404) return { message: t('problems.notFound') };
  if (error.detail !== undefined) return { message: error.detail };
  if (error.status >= 500) return { message: t('problems.server') };
  return { message: error.title ?? t('problems.unknown') };
}

function withDetail(message: string, detail: string | undefined): ProblemMessage {
  return detail === undefined ? { message } : { message, detail };
}
