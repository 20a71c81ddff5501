import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RequireAnyRole } from '../session/RequireAnyRole';
import { RequireRole } from '../session/RequireRole';
import { DeadLettersPage } from './admin/DeadLettersPage';
import { MessagingSettingsPage } from './admin/MessagingSettingsPage';
import { MessagesPage } from './MessagesPage';
import { senderRoles, templateEditorRoles } from './messaging-roles';
import { SendPage } from './send/SendPage';
import { SendReportPage } from './sends/SendReportPage';
import { TemplateEditorPage } from './templates/TemplateEditorPage';
import { TemplatesPage } from './templates/TemplatesPage';
import './messaging.css';

/** The pages under /messages; the staff app lets the messaging roles in. */
export function MessagingRoutes() {
  return (
    <Routes>
      <Route index element={<MessagesPage />} />
      <Route path="templates" element={<TemplatesPage />} />
      <Route element={<RequireAnyRole roles={templateEditorRoles} />}>
        <Route path="templates/new" element={<TemplateEditorPage />} />
      </Route>
      <Route path="templates/:templateId" element={<TemplateEditorPage />} />
      <Route path="sends/:sendId" element={<SendReportPage />} />
      <Route element={<RequireAnyRole roles={senderRoles} />}>
        <Route path="new" element={<SendPage />} />
      </Route>
      <Route element={<RequireRole role="admin" />}>
        <Route path="dead-letters" element={<DeadLettersPage />} />
        <Route path="settings" element={<MessagingSettingsPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
