import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { Table } from '../../ui/Table';
import { useDocumentTitle } from '../pages/document-title';
import { NewTeamForm } from './NewTeamForm';
import { useTeamsQuery } from './team-queries';

/** The teams of the organisation, and a form to add one. */
export function TeamsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('teams.title'));
  const teams = useTeamsQuery();

  return (
    <>
      <PageHeading>{t('teams.title')}</PageHeading>
      <p>{t('teams.intro')}</p>
      {teams.isPending && <LoadingText />}
      {teams.isError && <Alert type="error">{problemMessage(teams.error, t).message}</Alert>}
      {teams.data?.length === 0 && <p>{t('teams.empty')}</p>}
      {teams.data !== undefined && teams.data.length > 0 && (
        <Table caption={t('teams.tableCaption', { count: teams.data.length })}>
          <thead>
            <tr>
              <th scope="col">{t('teams.columns.name')}</th>
              <th scope="col">{t('teams.columns.members')}</th>
            </tr>
          </thead>
          <tbody>
            {teams.data.map((team) => (
              <tr key={team.id}>
                <th scope="row">{team.name}</th>
                <td>{team.memberCount}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <NewTeamForm />
    </>
  );
}
