import { useQuery } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchClients } from '../../endpoints/clients';
import { Button } from '../../ui/Button';
import { LoadingText } from '../../ui/LoadingText';
import { TextField } from '../../ui/TextField';
import { clientsKey } from '../clients/client-queries';

export interface ClientPickerProps {
  busy: boolean;
  onPick: (client: { id: string; name: string }) => void;
}

/** Find a client (as the client search does) and add them to the list. */
export function ClientPicker({ busy, onPick }: ClientPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const results = useQuery({ queryKey: [...clientsKey, 'audience-pick', query], queryFn: () => searchClients(query), enabled: query.length >= 2 });
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery(text.trim());
  };
  return (
    <div className="koers-audience-picker">
      <form noValidate role="search" onSubmit={submit} aria-label={t('audiences.static.search')} className="koers-audience-picker__form">
        <TextField id="audience-pick-query" type="search" label={t('audiences.static.search')} description={t('audiences.static.searchHint')} value={text} autoComplete="off" spellCheck={false} maxLength={100} onChange={(event) => { setText(event.target.value); }} />
        <Button type="submit" variant="secondary">
          {t('audiences.static.searchButton')}
        </Button>
      </form>
      {results.isFetching && <LoadingText />}
      {results.data?.length === 0 && <p role="status">{t('audiences.static.noResults')}</p>}
      {results.data !== undefined && results.data.length > 0 && (
        <ul className="koers-audience-picker__results" aria-label={t('audiences.static.search')}>
          {results.data.map((client) => {
            const name = client.sortName ?? client.clientNumber;
            return (
              <li key={client.id}>
                <span>
                  {name} <span className="koers-audience-preview__number">{client.clientNumber}</span>
                </span>
                <Button variant="subtle" icon="plus" disabled={busy} onClick={() => { onPick({ id: client.id, name }); }}>
                  {t('audiences.static.add')}
                  <span className="koers-visually-hidden">{t('audiences.static.addName', { name })}</span>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
