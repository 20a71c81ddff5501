import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseloadSort } from '../../endpoints/caseload-types';
import type { PhaseCode } from '../../endpoints/client-types';
import { localLabel } from '../../i18n/labels';
import { Button, buttonClassName } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { phaseText } from '../client-page/phase-text';
import { useClientSettingsQuery } from '../client-settings/client-settings-queries';
import type { FieldErrors } from '../forms/field-errors';
import { useFormErrors } from '../forms/form-errors';
import { FormProblems } from '../forms/FormProblems';
import { caseloadPhases, caseloadSorts, readFilters, splitSegment, type CaseloadFilters } from './caseload-filters';

const fieldIds = {
  phase: 'caseload-phase',
  statusCode: 'caseload-status',
  regime: 'caseload-regime',
  segmentScale: 'caseload-segment-scale',
  segmentValue: 'caseload-segment-value',
  lastContactBefore: 'caseload-last-contact',
  query: 'caseload-query',
  sort: 'caseload-sort',
};
type Field = keyof typeof fieldIds;

export interface CaseloadFilterFormProps {
  filters: CaseloadFilters;
  onApply: (filters: CaseloadFilters) => void;
}

/** Narrowing the caseload down; applied through the address, so a filtered list can be shared. */
export function CaseloadFilterForm({ filters, onApply }: CaseloadFilterFormProps) {
  const { t, i18n } = useTranslation();
  const settings = useClientSettingsQuery();
  const initialSegment = splitSegment(filters.segment);
  const [values, setValues] = useState<Record<Field, string>>({
    phase: filters.phase ?? '',
    statusCode: filters.statusCode ?? '',
    regime: filters.regime ?? '',
    segmentScale: initialSegment.scale,
    segmentValue: initialSegment.value,
    lastContactBefore: filters.lastContactBefore ?? '',
    query: filters.query ?? '',
    sort: filters.sort ?? 'attention',
  });
  const form = useFormErrors(fieldIds);
  const set = (field: Field) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setValues((current) => ({ ...current, [field]: value, ...(field === 'segmentScale' ? { segmentValue: '' } : {}) }));
  };

  const statusTypes = settings.data?.statusTypes ?? [];
  const regimes = [...new Set(statusTypes.flatMap((type) => type.regimes))].sort((a, b) => a.localeCompare(b, i18n.language));
  const scales = settings.data?.segmentScales ?? [];
  const scale = scales.find((candidate) => candidate.code === values.segmentScale);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (values.segmentScale !== '' && values.segmentValue === '') found.segmentValue = t('caseload.filters.errors.segmentValueRequired');
    if (!form.check(found)) return;
    const segment = values.segmentScale === '' ? '' : `${values.segmentScale}:${values.segmentValue}`;
    const next = readFilters((key) => (key === 'segment' ? segment : key === 'signal' ? filters.signal : values[key as Field]));
    if (next.sort === 'attention') delete next.sort;
    onApply(next);
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('caseload.filters.formLabel')} className="koers-caseload-filters">
      <FormProblems summary={form.summary} failure={form.failure} />
      <div className="koers-form-grid koers-caseload-filters__grid">
        <TextField id={fieldIds.query} type="search" label={t('caseload.filters.query')} optional value={values.query} onChange={set('query')} maxLength={100} autoComplete="off" spellCheck={false} />
        <Select id={fieldIds.phase} label={t('caseload.filters.phase')} optional value={values.phase} onChange={set('phase')}>
          <option value="">{t('caseload.filters.anyPhase')}</option>
          {caseloadPhases.map((code: PhaseCode) => (
            <option key={code} value={code}>
              {phaseText({ code, monthsSinceIntake: null }, t)}
            </option>
          ))}
        </Select>
        <Select id={fieldIds.statusCode} label={t('caseload.filters.status')} optional value={values.statusCode} onChange={set('statusCode')}>
          <option value="">{t('caseload.filters.anyStatus')}</option>
          {statusTypes.map((type) => (
            <option key={type.code} value={type.code}>
              {localLabel(type, i18n.language)}
            </option>
          ))}
        </Select>
        <Select id={fieldIds.regime} label={t('caseload.filters.regime')} optional value={values.regime} onChange={set('regime')}>
          <option value="">{t('caseload.filters.anyRegime')}</option>
          {regimes.map((regime) => (
            <option key={regime} value={regime}>
              {regime}
            </option>
          ))}
        </Select>
        <Select id={fieldIds.segmentScale} label={t('caseload.filters.segmentScale')} optional value={values.segmentScale} onChange={set('segmentScale')}>
          <option value="">{t('caseload.filters.anyScale')}</option>
          {scales.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {localLabel(candidate, i18n.language)}
            </option>
          ))}
        </Select>
        <Select
          id={fieldIds.segmentValue}
          label={t('caseload.filters.segmentValue')}
          description={scale === undefined ? t('caseload.filters.segmentValueDescription') : undefined}
          optional={scale === undefined}
          disabled={scale === undefined}
          value={values.segmentValue}
          onChange={set('segmentValue')}
          error={form.errors.segmentValue}
        >
          <option value="">{t('caseload.filters.chooseValue')}</option>
          {(scale?.levels ?? []).map((level) => (
            <option key={level.value} value={String(level.value)}>
              {`${String(level.value)} – ${localLabel(level, i18n.language)}`}
            </option>
          ))}
        </Select>
        <TextField
          id={fieldIds.lastContactBefore}
          type="date"
          label={t('caseload.filters.lastContactBefore')}
          description={t('caseload.filters.lastContactBeforeDescription')}
          optional
          value={values.lastContactBefore}
          onChange={set('lastContactBefore')}
        />
        <Select id={fieldIds.sort} label={t('caseload.filters.sort')} value={values.sort} onChange={set('sort')}>
          {caseloadSorts.map((sort: CaseloadSort) => (
            <option key={sort} value={sort}>
              {t(`caseload.filters.sortBy.${sort}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="koers-button-group">
        <Button type="submit">{t('caseload.filters.submit')}</Button>
        <Link to="/caseload" className={buttonClassName('secondary')}>
          {t('caseload.filters.clear')}
        </Link>
      </div>
    </form>
  );
}
