import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { summaryItems, type FieldErrors } from '../forms/field-errors';
import { useUsersQuery } from '../users/user-queries';
import { localToIso, type AuditFilterValues } from './audit-filter';

const fieldIds = {
  actorId: 'audit-actor',
  dataSubjectId: 'audit-data-subject',
  action: 'audit-action',
  from: 'audit-from',
  to: 'audit-to',
};
type Field = keyof typeof fieldIds;

export interface AuditFilterFormProps {
  initial: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
  onClear: () => void;
}

export function AuditFilterForm({ initial, onApply, onClear }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const users = useUsersQuery();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors]);
  const set = (field: keyof AuditFilterValues) => (value: string) => { setValues((current) => ({ ...current, [field]: value })); };

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const from = localToIso(values.from);
    const to = localToIso(values.to);
    const found: FieldErrors<Field> = {};
    if (values.from !== '' && from === undefined) found.from = t('auditLog.errors.dateFormat');
    if (values.to !== '' && to === undefined) found.to = t('auditLog.errors.dateFormat');
    if (from !== undefined && to !== undefined && from > to) found.to = t('auditLog.errors.toBeforeFrom');
    setErrors(found);
    if (Object.keys(found).length === 0) onApply(values);
  };

  const sortedUsers = [...(users.data ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName));

  return (
    <form noValidate onSubmit={submit} aria-label={t('auditLog.filters.title')} className="koers-audit-filters">
      <ErrorSummary errors={summary} />
      <div className="koers-audit-filters__grid">
        <Select
          id={fieldIds.actorId}
          label={t('auditLog.filters.actor')}
          value={values.actorId}
          onChange={(event) => { set('actorId')(event.target.value); }}
          optional
        >
          <option value="">{t('auditLog.filters.anyActor')}</option>
          {sortedUsers.map((user) => (
            <option key={user.id} value={user.id}>
              {user.displayName} ({user.username})
            </option>
          ))}
        </Select>
        <TextField
          id={fieldIds.dataSubjectId}
          label={t('auditLog.filters.dataSubject')}
          description={t('auditLog.filters.dataSubjectDescription')}
          value={values.dataSubjectId}
          onChange={(event) => { set('dataSubjectId')(event.target.value); }}
          optional
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          id={fieldIds.action}
          label={t('auditLog.filters.action')}
          description={t('auditLog.filters.actionDescription')}
          value={values.action}
          onChange={(event) => { set('action')(event.target.value); }}
          optional
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          id={fieldIds.from}
          type="datetime-local"
          label={t('auditLog.filters.from')}
          value={values.from}
          onChange={(event) => { set('from')(event.target.value); }}
          error={errors.from}
          optional
        />
        <TextField
          id={fieldIds.to}
          type="datetime-local"
          label={t('auditLog.filters.to')}
          value={values.to}
          onChange={(event) => { set('to')(event.target.value); }}
          error={errors.to}
          optional
        />
      </div>
      <div className="koers-button-group">
        <Button type="submit">{t('auditLog.filters.submit')}</Button>
        <Button variant="secondary" onClick={onClear}>
          {t('auditLog.filters.clear')}
        </Button>
      </div>
    </form>
  );
}
