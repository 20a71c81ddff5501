import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isProblem } from '../../endpoints/problem';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { useDocumentTitle } from '../pages/document-title';
import { CoachesTable } from './CoachesTable';
import { TeamCaseload } from './TeamCaseload';
import { useTeamOverviewQuery } from './team-overview-query';
import { selectionFromSearch, selectionKey } from './team-selection';
import { TeamsTable } from './TeamsTable';
import './team.css';

/** For team leads and managers: caseload sizes and signals per coach, and moving clients between coaches. */
export function TeamOverviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('team.title'));
  const [searchParams] = useSearchParams();
  const overview = useTeamOverviewQuery();
  const selection = overview.data === undefined ? null : selectionFromSearch(searchParams, overview.data);

  return (
    <>
      <PageHeading>{t('team.title')}</PageHeading>
      <p className="koers-lead">{t('team.intro')}</p>
      {overview.isPending && <LoadingText />}
      {overview.isError &&
        (isProblem(overview.error, 403) ? (
          <Alert type="info">{t('team.forbidden')}</Alert>
        ) : (
          <Alert type="error">{problemMessage(overview.error, t).message}</Alert>
        ))}
      {overview.data !== undefined && (
        <>
          <TeamsTable teams={overview.data.teams} />
          <CoachesTable coaches={overview.data.coaches} selectedCoachId={selection?.kind === 'coach' ? selection.coach.id : null} />
          {selection !== null && <TeamCaseload key={selectionKey(selection)} selection={selection} />}
        </>
      )}
    </>
  );
}
