import { useMemo, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';
import { summaryItems, type FieldErrors } from '../forms/field-errors';
import { minimumQueryLength } from './client-queries';

const fieldIds = { query: 'client-search-query' };

export interface ClientSearchFormProps {
  initial: string;
  onSearch: (query: string) => void;
}

/** One box for a name (typos allowed), client number, BSN, date of birth or postcode. */
export function ClientSearchForm({ initial, onSearch }: ClientSearchFormProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<'query'>>({});
  const summary = useMemo(() => summaryItems(errors, fieldIds), [errors]);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const trimmed = query.trim();
    const found: FieldErrors<'query'> =
      trimmed.length < minimumQueryLength ? { query: t('clients.search.errors.tooShort', { count: minimumQueryLength }) } : {};
    setErrors(found);
    if (found.query === undefined) onSearch(trimmed);
  };

  return (
    <form noValidate role="search" onSubmit={submit} aria-label={t('clients.search.formLabel')} className="koers-client-search">
      <ErrorSummary errors={summary} />
      <div className="koers-client-search__row">
        <TextField
          id={fieldIds.query}
          type="search"
          label={t('clients.search.label')}
          description={t('clients.search.description')}
          value={query}
          onChange={(event) => { setQuery(event.target.value); }}
          error={errors.query}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
        />
        <Button type="submit">{t('clients.search.submit')}</Button>
      </div>
    </form>
  );
}
