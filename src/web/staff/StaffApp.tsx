import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AttendancePage } from './attendance/AttendancePage';
import { AppLanguagesPage } from './app-languages/AppLanguagesPage';
import { AudienceRoutes } from './audiences/AudienceRoutes';
import { AuditLogPage } from './audit-log/AuditLogPage';
import { CaseloadPage } from './caseload/CaseloadPage';
import { ChatPage } from './chat/ChatPage';
import { QuickRepliesPage } from './chat/QuickRepliesPage';
import { ClientPage } from './client-page/ClientPage';
import { ClientSettingsPage } from './client-settings/ClientSettingsPage';
import { ContactCardPage } from './contact-card/ContactCardPage';
import { clientWorkRoles, teamRoles } from './clients/client-roles';
import { ClientsPage } from './clients/ClientsPage';
import { NewClientPage } from './clients/NewClientPage';
import { HomePage } from './home/HomePage';
import { HouseStylePage } from './house-style/HouseStylePage';
import { ImportRunPage } from './imports/ImportRunPage';
import { ImportsPage } from './imports/ImportsPage';
import { ImportWizardPage } from './imports/ImportWizardPage';
import { messagingRoles } from './messaging/messaging-roles';
import { MessagingRoutes } from './messaging/MessagingRoutes';
import { StaffLayout } from './layout/StaffLayout';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteFocus } from './pages/RouteFocus';
import { createStaffQueryClient } from './query-client';
import { RequireAnyRole } from './session/RequireAnyRole';
import { RequireRole } from './session/RequireRole';
import { RequireSession } from './session/RequireSession';
import { SignInPage } from './sign-in/SignInPage';
import { SignalSettingsPage } from './signal-settings/SignalSettingsPage';
import { TeamOverviewPage } from './team/TeamOverviewPage';
import { TeamsPage } from './teams/TeamsPage';
import { EditUserPage } from './users/EditUserPage';
import { NewUserPage } from './users/NewUserPage';
import { UsersPage } from './users/UsersPage';

export function StaffApp() {
  const [queryClient] = useState(createStaffQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename="/">
        <RouteFocus />
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route
            element={
              <RequireSession>
                <StaffLayout />
              </RequireSession>
            }
          >
            <Route index element={<HomePage />} />
            <Route path="contact-card" element={<ContactCardPage />} />
            <Route element={<RequireAnyRole roles={clientWorkRoles} />}>
              <Route path="clients" element={<ClientsPage />} />
              <Route path="clients/new" element={<NewClientPage />} />
              <Route path="clients/:clientId" element={<ClientPage />} />
              <Route path="caseload" element={<CaseloadPage />} />
              <Route path="chat" element={<ChatPage />} />
              <Route path="chat/:clientId" element={<ChatPage />} />
            </Route>
            <Route element={<RequireAnyRole roles={teamRoles} />}>
              <Route path="team" element={<TeamOverviewPage />} />
              <Route path="attendance" element={<AttendancePage />} />
            </Route>
            <Route element={<RequireAnyRole roles={messagingRoles} />}>
              <Route path="messages/*" element={<MessagingRoutes />} />
            </Route>
            <Route path="audiences/*" element={<AudienceRoutes />} />
            <Route element={<RequireRole role="admin" />}>
              <Route path="users" element={<UsersPage />} />
              <Route path="users/new" element={<NewUserPage />} />
              <Route path="users/:userId" element={<EditUserPage />} />
              <Route path="teams" element={<TeamsPage />} />
              <Route path="house-style" element={<HouseStylePage />} />
              <Route path="app-languages" element={<AppLanguagesPage />} />
              <Route path="audit-log" element={<AuditLogPage />} />
              <Route path="client-settings" element={<ClientSettingsPage />} />
              <Route path="signal-settings" element={<SignalSettingsPage />} />
              <Route path="quick-replies" element={<QuickRepliesPage />} />
              <Route path="imports" element={<ImportsPage />} />
              <Route path="imports/new" element={<ImportWizardPage />} />
              <Route path="imports/:importId" element={<ImportRunPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
