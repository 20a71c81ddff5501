import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '../../endpoints/client-types';
import { Badge } from '../../ui/Badge';
import { plannedEndState, statusLine } from './status-text';

/** The statuses that hold today, each as a badge in words; an ending exemption stands out. */
export function StatusBadges({ statuses }: { statuses: readonly ClientStatus[] }) {
  const { t, i18n } = useTranslation();
  if (statuses.length === 0) return <p>{t('clientPage.header.noStatuses')}</p>;
  return (
    <ul className="koers-badge-list">
      {statuses.map((status) => {
        const end = plannedEndState(status.plannedEnd, t);
        return (
          <li key={status.id}>
            <Badge tone={end.tone}>
              {statusLine(status, t, i18n.language)}
              {end.warning !== null && <> ({end.warning})</>}
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}
