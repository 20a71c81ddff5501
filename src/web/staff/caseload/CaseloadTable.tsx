import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadClient, OpenSignal } from '../../endpoints/caseload-types';
import { Table } from '../../ui/Table';
import { useClientSettingsQuery } from '../client-settings/client-settings-queries';
import { useCaseloadSelection } from '../messaging/caseload/caseload-selection';
import { SelectAllCheckbox, SelectionActions } from '../messaging/caseload/SelectionActions';
import { CaseloadRow } from './CaseloadRow';

export interface CaseloadTableProps {
  clients: readonly CaseloadClient[];
  onRegisterContact: (client: CaseloadClient) => void;
  onSnooze: (client: CaseloadClient, signal: OpenSignal) => void;
}

/** One row per client: name, phase, statuses, last contact, signals and the next step. */
export function CaseloadTable({ clients, onRegisterContact, onSnooze }: CaseloadTableProps) {
  const { t } = useTranslation();
  const settings = useClientSettingsQuery();
  const clientIds = useMemo(() => clients.map((client) => client.id), [clients]);
  const selection = useCaseloadSelection(clientIds);
  return (
    <div className="koers-caseload-table">
      <SelectionActions selected={selection.selected} />
      <Table caption={t('caseload.results.caption')} hideCaption>
        <thead>
          <tr>
            <td className="koers-row-check-cell">
              <SelectAllCheckbox all={selection.all} some={selection.some} onChange={selection.setAll} />
            </td>
            <th scope="col">{t('caseload.columns.name')}</th>
            <th scope="col">{t('caseload.columns.signals')}</th>
            <th scope="col">{t('caseload.columns.action')}</th>
            <th scope="col">{t('caseload.columns.lastContact')}</th>
            <th scope="col">{t('caseload.columns.phase')}</th>
            <th scope="col">{t('caseload.columns.statuses')}</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((client) => (
            <CaseloadRow key={client.id} client={client} statusTypes={settings.data?.statusTypes} onRegisterContact={onRegisterContact} onSnooze={onSnooze} selected={selection.selected.includes(client.id)} onSelect={(on) => { selection.toggle(client.id, on); }} />
          ))}
        </tbody>
      </Table>
    </div>
  );
}
