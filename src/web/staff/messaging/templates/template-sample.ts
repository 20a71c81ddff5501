import type { TemplateVariable } from '../messaging-types';

/** The variables every template can use, until the server has named them for a saved template. */
export const standardVariableNames = ['first_name', 'surname', 'full_name', 'coach_name', 'coach_email', 'organisation'] as const;

/**
 * A text with its Liquid filled in roughly as a message would be: each output tag becomes the
 * example value of its variable (or its name), logic tags disappear. Good enough to count an
 * SMS as one types; the server counts the real thing when saving and sending.
 */
export function sampleText(text: string, variables: readonly TemplateVariable[]): string {
  return text
    .replace(/\{%[\s\S]*?%\}/g, '')
    .replace(/\{\{-?\s*([a-zA-Z_][\w.]*)[\s\S]*?-?\}\}/g, (_tag, name: string) => {
      const example = variables.find((variable) => variable.name === name)?.example;
      return example !== undefined && example !== '' ? example : name;
    });
}

/** The text with "{{ name }}" put in place of the selection. */
export function insertVariable(text: string, name: string, selectionStart: number, selectionEnd: number): { text: string; cursor: number } {
  const tag = `{{ ${name} }}`;
  const start = Math.max(0, Math.min(selectionStart, text.length));
  const end = Math.max(start, Math.min(selectionEnd, text.length));
  return { text: text.slice(0, start) + tag + text.slice(end), cursor: start + tag.length };
}
