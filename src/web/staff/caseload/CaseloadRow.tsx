import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseloadClient, OpenSignal } from '../../endpoints/caseload-types';
import type { StatusTypeConfig } from '../../endpoints/client-types';
import { formatMoment } from '../../i18n/format';
import { localLabel } from '../../i18n/labels';
import { phaseText } from '../client-page/phase-text';
import { SelectClientCheckbox } from '../messaging/caseload/SelectionActions';
import { clientHref } from './client-links';
import { lastContactText } from './last-contact';
import { NextAction } from './NextAction';
import { SignalBadge } from './SignalBadge';

export interface CaseloadRowProps {
  client: CaseloadClient;
  statusTypes: readonly StatusTypeConfig[] | undefined;
  onRegisterContact: (client: CaseloadClient) => void;
  onSnooze: (client: CaseloadClient, signal: OpenSignal) => void;
  /** Chosen for "send a message to the selection". */
  selected: boolean;
  onSelect: (selected: boolean) => void;
}

export function CaseloadRow({ client, statusTypes, onRegisterContact, onSnooze, selected, onSelect }: CaseloadRowProps) {
  const { t, i18n } = useTranslation();
  const statusName = (code: string): string => {
    const type = statusTypes?.find((candidate) => candidate.code === code);
    return type === undefined ? code : localLabel(type, i18n.language);
  };
  return (
    <tr>
      <td className="koers-row-check-cell">
        <SelectClientCheckbox name={client.sortName} checked={selected} onChange={onSelect} />
      </td>
      <th scope="row">
        <Link to={clientHref(client.id)}>{client.sortName}</Link>
        <div className="koers-caseload-table__number">{client.clientNumber}</div>
      </th>
      <td>
        {client.signals.length === 0 ? (
          t('caseload.signals.noneForClient')
        ) : (
          <ul className="koers-caseload-signals">
            {client.signals.map((signal) => (
              <li key={signal.signalCode}>
                <SignalBadge signal={signal} clientName={client.sortName} onSnooze={() => { onSnooze(client, signal); }} />
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <NextAction client={client} onRegisterContact={onRegisterContact} />
      </td>
      <td>
        {client.lastContactAt === null ? (
          lastContactText(null, t)
        ) : (
          <time dateTime={client.lastContactAt} title={formatMoment(client.lastContactAt)}>
            {lastContactText(client.lastContactAt, t)}
          </time>
        )}
      </td>
      <td>{phaseText(client.phase, t)}</td>
      <td>
        {client.statuses.length === 0 ? (
          '—'
        ) : (
          <ul className="koers-caseload-table__statuses">
            {client.statuses.map((status) => (
              <li key={`${status.statusCode}-${status.regime ?? ''}`}>{[statusName(status.statusCode), status.regime].filter(Boolean).join(' – ')}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
