import { useTranslation } from 'react-i18next';
import type { CaseloadClient, OpenSignal } from '../../endpoints/caseload-types';
import { Table } from '../../ui/Table';
import { useClientSettingsQuery } from '../client-settings/client-settings-queries';
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
  return (
    <div className="koers-caseload-table">
      <Table caption={t('caseload.results.caption')} hideCaption>
        <thead>
          <tr>
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
            <CaseloadRow key={client.id} client={client} statusTypes={settings.data?.statusTypes} onRegisterContact={onRegisterContact} onSnooze={onSnooze} />
          ))}
        </tbody>
      </Table>
    </div>
  );
}
