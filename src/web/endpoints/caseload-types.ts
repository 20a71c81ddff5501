/**
 * Shapes of the caseload and attendance API, taken from the contract the server validates with
 * (src/common/api/caseload.ts and attendance.ts), so the two cannot drift apart.
 */
import type { Static } from '@sinclair/typebox';
import type * as Attendance from '../../common/api/attendance';
import type * as Api from '../../common/api/caseload';
import type * as Clients from '../../common/api/clients';

export type CaseloadQuery = Static<typeof Api.CaseloadQuery>;
export type CaseloadSort = NonNullable<CaseloadQuery['sort']>;
/** The caseload as the API sends it: each signal's words once, in `signals`. */
export type CaseloadResponse = Static<typeof Api.Caseload>;
/** An open signal with its words, as the screens show it. */
export type OpenSignal = Static<typeof Api.CaseloadSignal> & Static<typeof Api.SignalWords>;
export type SignalSeverity = OpenSignal['severity'];
export type CaseloadClient = Omit<Static<typeof Api.CaseloadClient>, 'signals'> & { signals: OpenSignal[] };
export type Caseload = Omit<CaseloadResponse, 'clients' | 'signals'> & { clients: CaseloadClient[] };
export type SignalDefinitionView = Static<typeof Api.SignalDefinitionView>;
export type SignalDefinitionList = Static<typeof Api.SignalDefinitionList>;
export type SignalSettingChange = Static<typeof Api.SignalSettingChange>;
export type TeamOverview = Static<typeof Api.TeamOverview>;
export type TeamSummaryRow = TeamOverview['teams'][number];
export type CoachSummaryRow = TeamOverview['coaches'][number];
export type ReassignmentRequest = Static<typeof Api.ReassignmentRequest>;
export type CaseloadView = Static<typeof Api.CaseloadView>;
export type CaseloadViewList = Static<typeof Api.CaseloadViewList>;
export type NewCaseloadView = Static<typeof Api.NewCaseloadView>;

export type NewContact = Static<typeof Clients.NewContact>;
export type NewSnooze = Static<typeof Clients.NewSnooze>;

export type AttendanceStatus = Static<typeof Attendance.AttendanceStatus>;
export type NewSchedule = Static<typeof Attendance.NewSchedule>;
export type Register = Static<typeof Attendance.Register>;
export type RegisterRow = Static<typeof Attendance.RegisterRow>;
export type RegisterEntry = Static<typeof Attendance.RegisterEntry>;
