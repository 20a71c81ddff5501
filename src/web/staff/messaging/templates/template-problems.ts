import type { TFunction } from 'i18next';
import { ProblemError } from '../../../endpoints/problem';
import { problemMessage } from '../../../i18n/problem-message';
import { fieldErrorMessage } from '../../forms/server-field-errors';
import type { TemplateWarning } from '../messaging-types';
import { locateField, textFieldKey, type TextField } from './template-draft';

/** Errors keyed by "name", "category", "icon", "texts" or "<language>.<field>". */
export type TemplateErrors = Record<string, string>;

/**
 * The line a template syntax error is on. The web app's problem reader keeps field and message;
 * the line is also in the detail, as "<field> <message> (line N)".
 */
function lineOf(error: ProblemError, field: string, message: string): number | null {
  const part = (error.detail ?? '').split('; ').find((candidate) => candidate.startsWith(`${field} ${message}`));
  const match = part === undefined ? null : /\(line (\d+)\)$/.exec(part);
  return match === null ? null : Number(match[1]);
}

function fieldMessage(error: ProblemError, field: string, message: string, t: TFunction): string {
  if (message.startsWith('template error:')) {
    const detail = message.replace(/^template error:\s*/, '');
    const line = lineOf(error, field, message);
    return line === null ? t('messaging.templates.errors.syntax', { detail }) : t('messaging.templates.errors.syntaxLine', { line, detail });
  }
  const sms = /is (\d+) SMS messages long \((\d+) characters\); at most (\d+)/.exec(message);
  if (sms !== null) return t('messaging.templates.errors.smsTooLong', { segments: Number(sms[1]), characters: Number(sms[2]), max: Number(sms[3]) });
  if (/organisation's languages/.test(message)) return t('messaging.templates.errors.language');
  if (/is given twice/.test(message)) return t('messaging.templates.errors.languageTwice');
  if (/Dutch text/.test(message)) return t('messaging.templates.errors.dutchRequired');
  return fieldErrorMessage(message, t);
}

/** A failed save's problems per field (in the languages as they were sent), and a general message. */
export function templateErrorsFrom(error: unknown, languages: readonly string[], t: TFunction): { errors: TemplateErrors; failure: string | null } {
  if (!(error instanceof ProblemError)) return { errors: {}, failure: problemMessage(error, t).message };
  if (error.code === 'template-name-taken') return { errors: { name: t('messaging.templates.errors.nameTaken') }, failure: null };
  const errors: TemplateErrors = {};
  const rest: string[] = [];
  for (const fieldError of error.fieldErrors) {
    const place = locateField(fieldError.field, languages);
    const message = fieldMessage(error, fieldError.field, fieldError.message, t);
    const key = 'top' in place ? place.top : place.field === null ? 'texts' : textFieldKey(place.language, place.field);
    if (['name', 'category', 'icon', 'texts'].includes(key) || !('top' in place)) errors[key] ??= message;
    else rest.push(message);
  }
  const failure = error.fieldErrors.length === 0 ? problemMessage(error, t).message : (rest[0] ?? null);
  return { errors, failure };
}

export interface LocatedWarning {
  language: string | null;
  field: TextField | null;
  text: string;
  sentence: string | undefined;
}

/** A saved template's warnings in the user's language, by their code; unknown codes keep the server's words. */
export function warningTexts(warnings: readonly TemplateWarning[], languages: readonly string[], t: TFunction): LocatedWarning[] {
  return warnings.map((warning) => {
    const place = locateField(warning.field, languages);
    const language = 'top' in place ? null : place.language;
    const field = 'top' in place ? null : place.field;
    return { language, field, text: warningText(warning, t), sentence: warning.sentence };
  });
}

function warningText(warning: TemplateWarning, t: TFunction): string {
  switch (warning.code) {
    case 'unknown-variable': {
      const name = /\{\{\s*([^\s}]+)\s*\}\}/.exec(warning.message)?.[1];
      return name === undefined ? warning.message : t('messaging.templates.warnings.unknownVariable', { tag: `{{ ${name} }}` });
    }
    case 'above-b1': {
      const ease = /Reading ease (-?\d+)/.exec(warning.message)?.[1];
      return ease === undefined ? t('messaging.templates.warnings.aboveB1') : t('messaging.templates.warnings.aboveB1Ease', { ease: Number(ease) });
    }
    case 'long-sentence': {
      const words = /of (\d+) words/.exec(warning.message)?.[1];
      return words === undefined ? warning.message : t('messaging.templates.warnings.longSentence', { count: Number(words) });
    }
    case 'long-word': {
      const word = /"([^"]+)"/.exec(warning.message)?.[1];
      return word === undefined ? warning.message : t('messaging.templates.warnings.longWord', { word });
    }
    case 'sms-segments': {
      const match = /(\d+) messages long \((\d+) characters\)/.exec(warning.message);
      return match === null ? warning.message : t('messaging.templates.warnings.smsSegments', { count: Number(match[1]), characters: Number(match[2]) });
    }
    default:
      return warning.message;
  }
}
