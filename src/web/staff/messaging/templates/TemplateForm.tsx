import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Heading } from '../../../ui/Heading';
import { LiveMessage } from '../../../ui/LiveMessage';
import { LoadingText } from '../../../ui/LoadingText';
import { TextField } from '../../../ui/TextField';
import type { FieldErrorItem } from '../../../ui/ErrorSummary';
import { FormProblems } from '../../forms/FormProblems';
import { createTemplate, updateTemplate } from '../messaging-api';
import { templatesKey } from '../messaging-queries';
import type { MessageCategory, Template, TemplateSaved, TemplateVariable, TemplateWarning } from '../messaging-types';
import { CategoryField } from './CategoryField';
import { IconPicker } from './IconPicker';
import { LanguageTabs } from './LanguageTabs';
import { PlainLanguagePanel } from './PlainLanguagePanel';
import { useRevealOnSummaryClick } from './reveal-on-summary-click';
import {
  draftFromTemplate,
  draftToInput,
  emptyDraft,
  emptyText,
  hasContent,
  languagesToSave,
  readFields,
  textFieldId,
  textFieldKey,
  textFields,
  type TemplateDraft,
  type TextField as TextFieldName,
} from './template-draft';
import { templateErrorsFrom, type TemplateErrors } from './template-problems';
import { insertVariable } from './template-sample';
import { TemplateTextFields } from './TemplateTextFields';
import { TemplateWarnings } from './TemplateWarnings';
import { VariablesList } from './VariablesList';

const topFieldIds = { name: 'template-name', category: 'template-category', icon: 'template-icon' };

export interface TemplateFormProps {
  template: Template | undefined;
  /** nl, en and the organisation's extra languages. */
  languages: readonly string[];
  variables: readonly TemplateVariable[];
  onCreated: (saved: TemplateSaved) => void;
}

/** Name, category, icon and the texts per language and channel; checks plain language as one types. */
export function TemplateForm({ template, languages, variables, onCreated }: TemplateFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<TemplateDraft>(() => (template === undefined ? emptyDraft() : draftFromTemplate(template)));
  const [active, setActive] = useState('nl');
  const [errors, setErrors] = useState<TemplateErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<{ list: readonly TemplateWarning[]; languages: readonly string[] }>({
    list: template?.warnings ?? [],
    languages: template?.texts.map((text) => text.language) ?? [],
  });
  const [message, setMessage] = useState<string | null>(null);
  const focused = useRef<{ language: string; field: TextFieldName; element: HTMLInputElement | HTMLTextAreaElement } | null>(null);

  const mutation = useMutation({
    mutationFn: ({ input }: { input: ReturnType<typeof draftToInput>; sent: string[] }) =>
      template === undefined ? createTemplate(input) : updateTemplate(template.id, input),
    onSuccess: async (saved, { sent }) => {
      await queryClient.invalidateQueries({ queryKey: templatesKey });
      setWarnings({ list: saved.warnings, languages: sent });
      if (template === undefined) onCreated(saved);
      else setMessage(t('messaging.templates.saved'));
    },
    onError: (error, { sent }) => {
      const found = templateErrorsFrom(error, sent, t);
      setErrors(found.errors);
      setFailure(found.failure);
      showFirstError(found.errors);
    },
  });

  const summary = useMemo<FieldErrorItem[]>(() => {
    const items: FieldErrorItem[] = [];
    for (const [key, id] of Object.entries(topFieldIds)) {
      const error = errors[key];
      if (error !== undefined) items.push({ fieldId: id, message: error });
    }
    if (errors.texts !== undefined) items.push({ fieldId: textFieldId('nl', 'title'), message: errors.texts });
    for (const language of languages) {
      for (const field of textFields) {
        const error = errors[textFieldKey(language, field)];
        if (error !== undefined) items.push({ fieldId: textFieldId(language, field), message: languages.length > 1 ? `${language.toUpperCase()}: ${error}` : error });
      }
    }
    return items;
  }, [errors, languages]);

  const languageOfFieldId = useCallback(
    (fieldId: string): string | null => languages.find((language) => fieldId.startsWith(`template-${language}-`)) ?? null,
    [languages],
  );
  useRevealOnSummaryClick(languageOfFieldId, setActive);

  function showFirstError(found: TemplateErrors): void {
    if (Object.keys(topFieldIds).some((key) => found[key] !== undefined)) return;
    const first = languages.find((language) => textFields.some((field) => found[textFieldKey(language, field)] !== undefined));
    if (first !== undefined) setActive(first);
  }

  const setText = (language: string, field: TextFieldName, value: string): void => {
    setDraft((current) => ({ ...current, texts: { ...current.texts, [language]: { ...(current.texts[language] ?? emptyText()), [field]: value } } }));
  };

  const insert = (name: string): void => {
    const target = focused.current !== null && focused.current.language === active ? focused.current : null;
    const field = target?.field ?? 'body';
    const current = draft.texts[active]?.[field] ?? '';
    const start = target?.element.selectionStart ?? current.length;
    const end = target?.element.selectionEnd ?? current.length;
    const result = insertVariable(current, name, start, end);
    setText(active, field, result.text);
    window.requestAnimationFrame(() => {
      const element = document.getElementById(textFieldId(active, field)) as HTMLInputElement | HTMLTextAreaElement | null;
      element?.focus();
      element?.setSelectionRange(result.cursor, result.cursor);
    });
  };

  const check = (): TemplateErrors => {
    const found: TemplateErrors = {};
    if (draft.name.trim() === '') found.name = t('messaging.templates.errors.nameRequired');
    if (draft.category === '') found.category = t('messaging.templates.errors.categoryRequired');
    for (const language of languagesToSave(draft, languages)) {
      const text = draft.texts[language] ?? emptyText();
      if (text.title.trim() === '') found[textFieldKey(language, 'title')] = t('messaging.templates.errors.titleRequired');
      if (text.body.trim() === '') found[textFieldKey(language, 'body')] = t('messaging.templates.errors.bodyRequired');
    }
    return found;
  };

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (mutation.isPending) return;
    setMessage(null);
    const found = check();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0 || draft.category === '') {
      showFirstError(found);
      return;
    }
    const sent = languagesToSave(draft, languages);
    mutation.mutate({ input: draftToInput(draft, sent, draft.category), sent });
  };

  const tabs = languages.map((language) => {
    const errorCount = textFields.filter((field) => errors[textFieldKey(language, field)] !== undefined).length;
    const note =
      errorCount > 0
        ? t('messaging.templates.tabErrors', { count: errorCount })
        : language !== 'nl' && !hasContent(draft.texts[language])
          ? t('messaging.templates.tabEmpty')
          : undefined;
    return { language, note };
  });

  return (
    <form noValidate onSubmit={submit} aria-label={t('messaging.templates.formLabel')} className="koers-template-form">
      <FormProblems summary={summary} failure={failure} />
      <LiveMessage message={message} />
      <TemplateWarnings warnings={warnings.list} languages={warnings.languages} />
      <section aria-labelledby="template-about-title">
        <Heading level={2} id="template-about-title">
          {t('messaging.templates.about')}
        </Heading>
        <TextField
          id={topFieldIds.name}
          label={t('messaging.templates.fields.name')}
          description={t('messaging.templates.fields.nameDescription')}
          value={draft.name}
          onChange={(event) => { setDraft({ ...draft, name: event.target.value }); }}
          error={errors.name}
          maxLength={200}
        />
        <CategoryField
          id={topFieldIds.category}
          value={draft.category}
          onChange={(category: MessageCategory) => { setDraft({ ...draft, category }); }}
          error={errors.category}
        />
        <IconPicker id={topFieldIds.icon} value={draft.icon} onChange={(icon) => { setDraft({ ...draft, icon }); }} error={errors.icon} />
      </section>
      <section aria-labelledby="template-texts-title">
        <Heading level={2} id="template-texts-title">
          {t('messaging.templates.texts')}
        </Heading>
        <p className="koers-field__description">{t('messaging.templates.textsIntro')}</p>
        <LanguageTabs
          tabs={tabs}
          active={active}
          onSelect={setActive}
          panel={(language) => {
            const text = draft.texts[language] ?? emptyText();
            return (
              <div className="koers-template-editor">
                <TemplateTextFields
                  language={language}
                  text={text}
                  errors={errors}
                  variables={variables}
                  onChange={(field, value) => { setText(language, field, value); }}
                  onFocusField={(field, element) => { focused.current = { language, field, element }; }}
                />
                <div className="koers-template-editor__aside">
                  <VariablesList variables={variables} onInsert={insert} />
                  <PlainLanguagePanel
                    language={language}
                    entries={readFields.map((field) => ({ key: field, label: t(`messaging.templates.fieldNames.${field}`), text: text[field] }))}
                  />
                </div>
              </div>
            );
          }}
        />
      </section>
      <div className="koers-button-group">
        <Button type="submit" icon="success" disabled={mutation.isPending}>
          {t('messaging.templates.save')}
        </Button>
      </div>
      {mutation.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
