import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseloadClient } from '../../endpoints/caseload-types';
import { Badge } from '../../ui/Badge';
import { Table } from '../../ui/Table';
import { phaseText } from '../client-page/phase-text';
import { clientHref } from '../caseload/client-links';
import { severityIcon, severityTone, signalTitle } from '../caseload/signal-text';

export const firstClientCheckboxId = 'team-client-0';

export interface SelectableClientsProps {
  clients: readonly CaseloadClient[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  caption: string;
}

/** The clients of a caseload, each with a checkbox to move them; one checkbox chooses them all. */
export function SelectableClients({ clients, selected, onChange, caption }: SelectableClientsProps) {
  const { t, i18n } = useTranslation();
  const all = clients.length > 0 && clients.every((client) => selected.includes(client.id));
  const toggle = (id: string, checked: boolean): void => {
    onChange(checked ? [...selected, id] : selected.filter((candidate) => candidate !== id));
  };
  return (
    <Table caption={caption} hideCaption>
      <thead>
        <tr>
          <td className="koers-team-caseload__check">
            <input
              type="checkbox"
              id="team-clients-all"
              aria-label={t('team.caseload.selectAll')}
              checked={all}
              onChange={(event) => { onChange(event.target.checked ? clients.map((client) => client.id) : []); }}
            />
          </td>
          <th scope="col">{t('caseload.columns.name')}</th>
          <th scope="col">{t('caseload.columns.phase')}</th>
          <th scope="col">{t('caseload.columns.signals')}</th>
        </tr>
      </thead>
      <tbody>
        {clients.map((client, index) => (
          <tr key={client.id}>
            <td className="koers-team-caseload__check">
              <input
                type="checkbox"
                id={`team-client-${String(index)}`}
                aria-label={t('team.caseload.select', { name: client.sortName })}
                checked={selected.includes(client.id)}
                onChange={(event) => { toggle(client.id, event.target.checked); }}
              />
            </td>
            <th scope="row">
              <Link to={clientHref(client.id)}>{client.sortName}</Link>
            </th>
            <td>{phaseText(client.phase, t)}</td>
            <td>
              {client.signals.length === 0 ? (
                t('caseload.signals.noneForClient')
              ) : (
                <ul className="koers-caseload-signals">
                  {client.signals.map((signal) => (
                    <li key={signal.signalCode}>
                      <Badge tone={severityTone[signal.severity]} icon={severityIcon[signal.severity]}>
                        <span className="koers-visually-hidden">{t(`caseload.signals.severity.${signal.severity}`)}: </span>
                        {signalTitle(signal, i18n.language)}
                      </Badge>
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
