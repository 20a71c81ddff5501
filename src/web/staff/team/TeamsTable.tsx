import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TeamSummaryRow } from '../../endpoints/caseload-types';
import { formatList } from '../../i18n/format';
import { Heading } from '../../ui/Heading';
import { Table } from '../../ui/Table';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { unassignedHref } from './team-selection';

/** Per team: coaches, clients, clients without a coach and the leads (the span of control). */
export function TeamsTable({ teams }: { teams: readonly TeamSummaryRow[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="team-teams-title">
      <Heading level={2} id="team-teams-title">
        {t('team.teams.title')}
      </Heading>
      {teams.length === 0 ? (
        <p>{t('team.teams.none')}</p>
      ) : (
        <Table caption={t('team.teams.title')} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('team.teams.name')}</th>
              <th scope="col" className="koers-number">{t('team.teams.coaches')}</th>
              <th scope="col" className="koers-number">{t('team.teams.clients')}</th>
              <th scope="col">{t('team.teams.unassigned')}</th>
              <th scope="col">{t('team.teams.leads')}</th>
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id}>
                <th scope="row">{team.name}</th>
                <td className="koers-number">{team.coaches}</td>
                <td className="koers-number">{team.clients}</td>
                <td>
                  {team.unassigned === 0 ? (
                    '0'
                  ) : (
                    <Link to={unassignedHref(team.id)}>
                      {t('team.teams.showUnassigned', { count: team.unassigned })}
                      <VisuallyHidden>{t('team.teams.ofTeam', { team: team.name })}</VisuallyHidden>
                    </Link>
                  )}
                </td>
                <td>
                  {team.leads.length === 0 ? t('team.teams.noLead') : formatList(team.leads.map((lead) => lead.displayName), i18n.language)}
                  {team.leads.length > 0 && team.coaches > 0 && (
                    <div className="koers-team-span">{t('team.teams.span', { count: Math.round(team.coaches / team.leads.length) })}</div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
