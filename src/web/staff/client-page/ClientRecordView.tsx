import { ScheduleSection } from '../attendance/ScheduleSection';
import { ClientChannelsSection } from '../messaging/client/ClientChannelsSection';
import { ClientMessagesSection } from '../messaging/client/ClientMessagesSection';
import { ClientActions } from './ClientActions';
import { ClientContents } from './ClientContents';
import { ClientHeader } from './ClientHeader';
import { useClientRecord } from './client-record-context';
import { AssignmentSection } from './assignment/AssignmentSection';
import { DetailsSection } from './details/DetailsSection';
import { DevelopmentCardSection } from './development-card/DevelopmentCardSection';
import { DiagnosisSection } from './diagnosis/DiagnosisSection';
import { InterventionsSection } from './interventions/InterventionsSection';
import { NotesSection } from './notes/NotesSection';
import { PlanSection } from './plan/PlanSection';
import { ProfileSection } from './profile/ProfileSection';
import { StatusesSection } from './statuses/StatusesSection';
import { useSectionFromHash } from './section-hash';
import { SuggestedActions } from './SuggestedActions';
import { TimelineSection } from './timeline/TimelineSection';

/** The loaded record: header, suggested actions, contents and the sections. */
export function ClientRecordView() {
  const { page } = useClientRecord();
  useSectionFromHash();
  return (
    <>
      <ClientHeader />
      <ClientActions />
      <SuggestedActions actions={page.suggestedActions} />
      <ClientContents />
      <div className="koers-client-sections">
          <DetailsSection />
          <StatusesSection />
          <DiagnosisSection />
          <DevelopmentCardSection />
          <ProfileSection />
          <InterventionsSection />
          <ScheduleSection />
          <PlanSection />
          <NotesSection />
          <TimelineSection />
          <ClientMessagesSection />
          <ClientChannelsSection />
          <AssignmentSection />
      </div>
    </>
  );
}
