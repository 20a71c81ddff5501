import type { TFunction } from 'i18next';
import { ProblemError } from '../../endpoints/problem';
import { problemMessage } from '../../i18n/problem-message';

/**
 * Why a file could not be read or imported. The server's explanation (which never quotes the
 * file) follows the message in the user's language.
 */
export function importProblem(error: unknown, t: TFunction): string {
  if (!(error instanceof ProblemError)) return problemMessage(error, t).message;
  if (error.status === 413 || error.code === 'file-too-large') return t('imports.problems.tooLarge');
  if (error.status === 400 && error.fieldErrors.length === 0 && error.detail !== undefined) {
    return t('imports.problems.unreadableWithDetail', { detail: error.detail });
  }
  return problemMessage(error, t).message;
}
