import type { TFunction } from 'i18next';
import { ProblemError } from '../../endpoints/problem';
import { problemMessage } from '../../i18n/problem-message';

/** A failed audience call in the user's words: the audience codes first, then the general ones. */
export function audienceProblem(error: unknown, t: TFunction): string {
  if (error instanceof ProblemError) {
    switch (error.code) {
      case 'audience-cycle':
        return t('audiences.problems.cycle');
      case 'audience-name-taken':
        return t('audiences.problems.nameTaken');
      case 'audience-in-use':
        return t('audiences.problems.inUse');
      case 'invalid-audience':
        return t('audiences.problems.invalid');
      default:
        break;
    }
  }
  return problemMessage(error, t).message;
}
