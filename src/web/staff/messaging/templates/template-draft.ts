import type { MessageCategory, Template, TemplateInput, TemplateText } from '../messaging-types';

/** The text fields of one language, in the order the editor shows them. */
export const textFields = ['title', 'body', 'pushText', 'smsText', 'emailSubject', 'emailHtml', 'emailText'] as const;
export type TextField = (typeof textFields)[number];

/** Fields a client reads as words: checked for plain language as one types. */
export const readFields = ['body', 'pushText', 'smsText'] as const satisfies readonly TextField[];
export type ReadField = (typeof readFields)[number];

export type TextDraft = Record<TextField, string>;

export interface TemplateDraft {
  name: string;
  category: MessageCategory | '';
  icon: string;
  /** Per language code; a language without a title and body is left out when saving. */
  texts: Record<string, TextDraft>;
}

export const emptyText = (): TextDraft => ({ title: '', body: '', pushText: '', smsText: '', emailSubject: '', emailHtml: '', emailText: '' });

export function emptyDraft(): TemplateDraft {
  return { name: '', category: '', icon: 'message', texts: { nl: emptyText() } };
}

export function draftFromTemplate(template: Template): TemplateDraft {
  const texts: Record<string, TextDraft> = {};
  for (const text of template.texts) {
    texts[text.language] = {
      title: text.title,
      body: text.body,
      pushText: text.pushText ?? '',
      smsText: text.smsText ?? '',
      emailSubject: text.emailSubject ?? '',
      emailHtml: text.emailHtml ?? '',
      emailText: text.emailText ?? '',
    };
  }
  return { name: template.name, category: template.category, icon: template.icon, texts };
}

export function hasContent(text: TextDraft | undefined): boolean {
  return text !== undefined && textFields.some((field) => text[field].trim() !== '');
}

/** The languages to save, Dutch first: Dutch always, the others when they have any text. */
export function languagesToSave(draft: TemplateDraft, languages: readonly string[]): string[] {
  return languages.filter((language) => language === 'nl' || hasContent(draft.texts[language]));
}

const optional = (value: string): string | null => (value.trim() === '' ? null : value);

export function draftToInput(draft: TemplateDraft, languages: readonly string[], category: MessageCategory): TemplateInput {
  const texts: TemplateText[] = languages.map((language) => {
    const text = draft.texts[language] ?? emptyText();
    return {
      language,
      title: text.title.trim(),
      body: text.body,
      pushText: optional(text.pushText),
      smsText: optional(text.smsText),
      emailSubject: optional(text.emailSubject),
      emailHtml: optional(text.emailHtml),
      emailText: optional(text.emailText),
    };
  });
  return { name: draft.name.trim(), category, icon: draft.icon, texts };
}

/** The DOM id of a language's field, and the key its errors are kept under. */
export const textFieldId = (language: string, field: TextField): string => `template-${language}-${field}`;
export const textFieldKey = (language: string, field: TextField): string => `${language}.${field}`;

export function isTextField(value: string): value is TextField {
  return (textFields as readonly string[]).includes(value);
}

/**
 * Where a server error or warning points: "texts[0].body", "/texts/0/body" or "body/texts/0/body"
 * become the language at that index and the field; "name" stays "name".
 */
export function locateField(field: string, languages: readonly string[]): { language: string; field: TextField | null } | { top: string } {
  const parts = field
    .replace(/^body(?=[./[])/, '')
    .split(/[./[\]]/)
    .filter((part) => part !== '');
  if (parts[0] === 'texts' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    const language = languages[Number(parts[1])];
    const name = parts[2] ?? '';
    if (language !== undefined) return { language, field: isTextField(name) ? name : null };
  }
  return { top: parts[0] ?? '' };
}
