import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createImportMapping, replaceImportMapping, type PreviewOptions } from '../../endpoints/imports';
import { importFieldsByKind, importKinds, requiredImportFields, type ImportField, type ImportKind, type ImportMapping, type ImportPreview } from '../../endpoints/import-types';
import { fieldName, isProblem, ProblemError } from '../../endpoints/problem';
import { Button } from '../../ui/Button';
import { LoadingText } from '../../ui/LoadingText';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import type { FieldErrors } from '../forms/field-errors';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { ColumnChoices } from './ColumnChoices';
import { guessColumn } from './import-field-names';
import { importMappingsKey, useImportMappingsQuery } from './import-queries';
import { mappingValues, slugPattern, toNewMapping, type MappingValues } from './mapping-values';

const fieldIds = { existing: 'mapping-existing', name: 'mapping-name', kind: 'mapping-kind', sourceSystem: 'mapping-source', columns: 'mapping-column-0' };
type Field = keyof typeof fieldIds;

export interface MappingStepProps {
  preview: ImportPreview;
  readOptions: PreviewOptions;
  onBack: () => void;
  onSaved: (mapping: ImportMapping) => void;
}

/** Which column holds which Koers field; saved under a name so the next file of the same export needs no work. */
export function MappingStep({ preview, readOptions, onBack, onSaved }: MappingStepProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mappings = useImportMappingsQuery();
  const guessed = (kind: ImportKind): MappingValues['columns'] =>
    Object.fromEntries(importFieldsByKind[kind].map((field) => [field, guessColumn(field, preview.headers, t)]));
  const [existingId, setExistingId] = useState('');
  const [values, setValues] = useState<MappingValues>(() => ({ name: '', kind: 'clients', sourceSystem: '', columns: guessed('clients') }));
  const form = useFormErrors(fieldIds);
  const existing = mappings.data?.find((mapping) => mapping.id === existingId) ?? null;
  const fields: readonly ImportField[] = importFieldsByKind[values.kind];
  const required: readonly ImportField[] = requiredImportFields[values.kind];

  const save = useMutation({
    mutationFn: () => {
      const mapping = toNewMapping(values, fields, readOptions, existing);
      return existing === null ? createImportMapping(mapping) : replaceImportMapping(existing.id, mapping);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: importMappingsKey });
      onSaved(saved);
    },
    onError: (error) => {
      if (isProblem(error, 409)) {
        form.check({ name: t('imports.mapping.errors.nameTaken') });
        return;
      }
      const missing = error instanceof ProblemError ? error.fieldErrors.find((e) => fieldName(e.field) === 'columns' && /must map/.test(e.message)) : undefined;
      if (missing !== undefined) form.check({ columns: t('imports.mapping.errors.requiredMissing') });
      else form.fromServer(error);
    },
  });

  const choose = (id: string): void => {
    setExistingId(id);
    const chosen = mappings.data?.find((mapping) => mapping.id === id);
    setValues(chosen === undefined ? { name: '', kind: values.kind, sourceSystem: '', columns: guessed(values.kind) } : mappingValues(chosen));
  };

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!slugPattern.test(values.name.trim())) found.name = t('imports.mapping.errors.name');
    if (!slugPattern.test(values.sourceSystem.trim())) found.sourceSystem = t('imports.mapping.errors.sourceSystem');
    const missing = required.filter((field) => (values.columns[field] ?? '') === '');
    if (missing.length > 0) found.columns = t('imports.mapping.errors.requiredMissing');
    // Attendance names its client by source id or by client number.
    else if (values.kind === 'attendance' && !values.columns.clientSourceId && !values.columns.clientNumber) found.columns = t('imports.mapping.errors.clientMissing');
    if (!save.isPending && form.check(found)) save.mutate();
  };

  if (mappings.isPending) return <LoadingText />;

  return (
    <form noValidate onSubmit={submit} aria-label={t('imports.steps.mapping')}>
      <FormProblems summary={form.summary} failure={form.failure} />
      <p>{t('imports.mapping.intro')}</p>
      <Select id={fieldIds.existing} label={t('imports.mapping.existing')} value={existingId} onChange={(event) => { choose(event.target.value); }}>
        <option value="">{t('imports.mapping.newMapping')}</option>
        {(mappings.data ?? []).map((mapping) => (
          <option key={mapping.id} value={mapping.id}>
            {mapping.name} ({t(`imports.kinds.${mapping.kind}`)})
          </option>
        ))}
      </Select>
      <div className="koers-form-grid">
        <TextField
          id={fieldIds.name}
          label={t('imports.mapping.name')}
          description={t('imports.mapping.nameDescription')}
          value={values.name}
          maxLength={63}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => { setValues({ ...values, name: event.target.value }); }}
          error={form.errors.name}
        />
        <Select
          id={fieldIds.kind}
          label={t('imports.mapping.kind')}
          value={values.kind}
          onChange={(event) => {
            const kind = importKinds.find((candidate) => candidate === event.target.value);
            if (kind !== undefined) setValues({ ...values, kind, columns: guessed(kind) });
          }}
          error={form.errors.kind}
        >
          {importKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`imports.kinds.${kind}`)}
            </option>
          ))}
        </Select>
        <TextField
          id={fieldIds.sourceSystem}
          label={t('imports.mapping.sourceSystem')}
          description={t('imports.mapping.sourceSystemDescription')}
          value={values.sourceSystem}
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => { setValues({ ...values, sourceSystem: event.target.value }); }}
          error={form.errors.sourceSystem}
        />
      </div>
      <ColumnChoices
        idPrefix="mapping-column"
        fields={fields}
        required={required}
        headers={preview.headers}
        columns={values.columns}
        onChange={(field, column) => { setValues({ ...values, columns: { ...values.columns, [field]: column } }); }}
        error={form.errors.columns}
      />
      <div className="koers-button-group">
        <Button type="submit">{t('imports.mapping.submit')}</Button>
        <Button variant="secondary" onClick={onBack}>
          {t('imports.back')}
        </Button>
      </div>
      {save.isPending && <LoadingText label={t('common.saving')} />}
    </form>
  );
}
