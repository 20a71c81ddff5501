import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSearchResult } from '../../../endpoints/client-types';
import { problemMessage } from '../../../i18n/problem-message';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { LoadingText } from '../../../ui/LoadingText';
import { RadioGroup } from '../../../ui/RadioGroup';
import { TextField } from '../../../ui/TextField';
import { minimumQueryLength, useClientSearchQuery } from '../../clients/client-queries';

export interface RecipientPickerProps {
  /** Ids of the search box and of the first result, for error summaries. */
  id: string;
  value: ClientSearchResult | null;
  onChange: (client: ClientSearchResult | null) => void;
  error?: string | undefined;
  legend: string;
}

export const clientLabel = (client: Pick<ClientSearchResult, 'sortName' | 'clientNumber'>): string =>
  client.sortName === null ? client.clientNumber : `${client.sortName} (${client.clientNumber})`;

/**
 * Finds one client by name, client number, date of birth or postcode (the client search), and
 * lets the user pick one of the results. Part of a larger form: Enter in the box searches.
 */
export function RecipientPicker({ id, value, onChange, error, legend }: RecipientPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const results = useClientSearchQuery(query);

  const search = (): void => {
    const trimmed = text.trim();
    setTooShort(trimmed.length < minimumQueryLength);
    if (trimmed.length >= minimumQueryLength) setQuery(trimmed);
  };

  return (
    <fieldset className="koers-fieldset koers-fieldset--wide koers-recipient-picker">
      <legend className="koers-fieldset__legend">{legend}</legend>
      <div className="koers-recipient-picker__search">
        <TextField
          id={id}
          type="search"
          label={t('messaging.recipient.search')}
          description={t('messaging.recipient.searchDescription')}
          value={text}
          onChange={(event) => { setText(event.target.value); }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              search();
            }
          }}
          error={tooShort ? t('messaging.recipient.tooShort', { count: minimumQueryLength }) : error}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
        />
        <Button variant="secondary" onClick={search}>
          {t('messaging.recipient.searchButton')}
        </Button>
      </div>
      {results.isFetching && <LoadingText label={t('messaging.recipient.searching')} />}
      {results.isError && <Alert type="error">{problemMessage(results.error, t).message}</Alert>}
      {results.data?.length === 0 && <p role="status">{t('messaging.recipient.noResults')}</p>}
      {results.data !== undefined && results.data.length > 0 && (
        <RadioGroup
          id={`${id}-result`}
          name={`${id}-result`}
          legend={t('messaging.recipient.results', { count: results.data.length })}
          value={value?.id ?? ''}
          onChange={(clientId) => { onChange(results.data.find((client) => client.id === clientId) ?? null); }}
          options={results.data.map((client) => ({ value: client.id, label: clientLabel(client) }))}
        />
      )}
      {value !== null && results.data?.some((client) => client.id === value.id) !== true && (
        <p>{t('messaging.recipient.chosen', { name: clientLabel(value) })}</p>
      )}
    </fieldset>
  );
}
