/**
 * The client app's self-service calls ("Mijn coach", "Waar moet ik zijn?", "Ziek melden",
 * "Verlof aanvragen"), with shapes from the contract the server validates with
 * (src/common/api/selfService.ts).
 */
import type { Static } from '@sinclair/typebox';
import type * as Api from '../../common/api/selfService';
import { apiRequest } from '../endpoints/request';

export type MyCoach = Static<typeof Api.MyCoach>;
export type ContactPerson = Static<typeof Api.ContactPerson>;
export type MySchedule = Static<typeof Api.MySchedule>;
export type ScheduledDay = Static<typeof Api.ScheduledDay>;
export type SickReport = Static<typeof Api.SickReport>;
export type Recovery = Static<typeof Api.Recovery>;
export type LeaveRequest = Static<typeof Api.LeaveRequest>;
export type NewLeaveRequest = Static<typeof Api.NewLeaveRequest>;
export type LeaveRequestReceived = Static<typeof Api.LeaveRequestReceived>;
export type LeaveRequestWithdrawn = Static<typeof Api.LeaveRequestWithdrawn>;

export const myCoachKey = ['client-app', 'coach'] as const;
export const myScheduleKey = ['client-app', 'schedule'] as const;
export const myLeaveKey = ['client-app', 'leave-requests'] as const;

export const fetchMyCoach = () => apiRequest<MyCoach>('GET', '/api/v1/me/coach');
export const fetchMySchedule = () => apiRequest<MySchedule>('GET', '/api/v1/me/schedule');
export const reportSick = () => apiRequest<SickReport>('POST', '/api/v1/me/sick-reports');
export const reportRecovered = () => apiRequest<Recovery>('POST', '/api/v1/me/sick-reports/recovered');
export const fetchMyLeave = () => apiRequest<{ leaveRequests: LeaveRequest[] }>('GET', '/api/v1/me/leave-requests');
export const requestLeave = (request: NewLeaveRequest) => apiRequest<LeaveRequestReceived>('POST', '/api/v1/me/leave-requests', { body: request });
export const withdrawLeave = (leaveRequestId: string) => apiRequest<LeaveRequestWithdrawn>('POST', `/api/v1/me/leave-requests/${encodeURIComponent(leaveRequestId)}/withdrawal`);
