import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoachSummaryRow } from '../../endpoints/caseload-types';
import { Heading } from '../../ui/Heading';
import { Table } from '../../ui/Table';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { useSignalSettingsQuery } from '../caseload/caseload-queries';
import { signalShortName } from '../caseload/signal-text';
import { coachHref } from './team-selection';

export interface CoachesTableProps {
  coaches: readonly CoachSummaryRow[];
  selectedCoachId: string | null;
}

/** Per coach: the size of the caseload and its open signals; choose one to see and move clients. */
export function CoachesTable({ coaches, selectedCoachId }: CoachesTableProps) {
  const { t, i18n } = useTranslation();
  const definitions = useSignalSettingsQuery();
  return (
    <section aria-labelledby="team-coaches-title">
      <Heading level={2} id="team-coaches-title">
        {t('team.coaches.title')}
      </Heading>
      {coaches.length === 0 ? (
        <p>{t('team.coaches.none')}</p>
      ) : (
        <Table caption={t('team.coaches.title')} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('team.coaches.name')}</th>
              <th scope="col" className="koers-number">{t('team.coaches.clients')}</th>
              <th scope="col">{t('team.coaches.signals')}</th>
              <th scope="col">{t('team.coaches.caseload')}</th>
            </tr>
          </thead>
          <tbody>
            {coaches.map((row) => {
              const signals = Object.entries(row.signals).filter(([, count]) => count > 0);
              return (
                <tr key={row.coach.id}>
                  <th scope="row">{row.coach.displayName}</th>
                  <td className="koers-number">{row.clients}</td>
                  <td>
                    {signals.length === 0 ? (
                      t('team.coaches.noSignals')
                    ) : (
                      <ul className="koers-team-signals">
                        {signals.map(([code, count]) => (
                          <li key={code}>{t('caseload.signals.count', { label: signalShortName(code, definitions.data, t, i18n.language), count })}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <Link to={coachHref(row.coach.id)} aria-current={row.coach.id === selectedCoachId ? 'true' : undefined}>
                      {t('team.coaches.show')}
                      <VisuallyHidden>{t('team.coaches.showOf', { name: row.coach.displayName })}</VisuallyHidden>
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </section>
  );
}
