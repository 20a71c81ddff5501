import { useTranslation } from 'react-i18next';
import { Route, Routes, useParams } from 'react-router';
import { Alert } from '../../ui/Alert';
import { PageHeading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RequireAnyRole } from '../session/RequireAnyRole';
import { audienceProblem } from './audience-problem';
import { useAudienceQuery } from './audience-queries';
import { AudienceBuilderPage } from './AudienceBuilderPage';
import { AudiencesPage } from './AudiencesPage';
import { NewStaticAudiencePage, StaticAudiencePage } from './StaticAudiencePage';
import './audiences.css';

/** Who builds and uses audiences (the server checks every call as well). */
export const audienceRoles = ['coach', 'editor', 'manager', 'admin'] as const;

/** A saved audience: the builder for one with conditions, the list page for a static one. */
function AudiencePage() {
  const { t } = useTranslation();
  const { audienceId } = useParams();
  const audience = useAudienceQuery(audienceId);
  if (audience.data) {
    // A new key per audience, so the forms start from its saved state.
    return audience.data.kind === 'dynamic' ? <AudienceBuilderPage key={audience.data.id} audience={audience.data} /> : <StaticAudiencePage key={audience.data.id} audience={audience.data} />;
  }
  return (
    <>
      <PageHeading>{t('audiences.title')}</PageHeading>
      {audience.isPending && <LoadingText />}
      {audience.isError && <Alert type="error">{audienceProblem(audience.error, t)}</Alert>}
    </>
  );
}

/** The audience screens under /audiences. */
export function AudienceRoutes() {
  return (
    <Routes>
      <Route element={<RequireAnyRole roles={audienceRoles} />}>
        <Route index element={<AudiencesPage />} />
        <Route path="new" element={<AudienceBuilderPage />} />
        <Route path="new-list" element={<NewStaticAudiencePage />} />
        <Route path=":audienceId" element={<AudiencePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
