/**
 * The staff side of self-service: contact cards, notifications, the client's leave requests and
 * what a schedule tells the client. Shapes from the contracts the server validates with.
 */
import type { Static } from '@sinclair/typebox';
import type * as Attendance from '../../common/api/attendance';
import type * as Cards from '../../common/api/contactCard';
import type * as Notifications from '../../common/api/notifications';
import type * as SelfService from '../../common/api/selfService';
import { clientPath } from './clients';
import { apiRequest } from './request';

export type ContactCard = Static<typeof Cards.ContactCard>;
export type ContactCardChange = Static<typeof Cards.ContactCardChange>;
export type NotificationList = Static<typeof Notifications.NotificationList>;
export type StaffNotification = Static<typeof Notifications.StaffNotification>;
export type LeaveRequest = Static<typeof SelfService.LeaveRequest>;
export type LeaveDecision = Static<typeof SelfService.LeaveDecision>;
export type ScheduleChange = Static<typeof Attendance.ScheduleChange>;

const userPath = (userId: string) => `/api/v1/users/${encodeURIComponent(userId)}`;

export const getContactCard = (userId: string) => apiRequest<ContactCard>('GET', `${userPath(userId)}/contact-card`);
export const saveContactCard = (userId: string, change: ContactCardChange) => apiRequest<ContactCard>('PUT', `${userPath(userId)}/contact-card`, { body: change });
/** The photo as a data URL (JPEG, PNG or WebP, at most 300 kB). */
export const savePhoto = (userId: string, photo: string) => apiRequest<ContactCard>('PUT', `${userPath(userId)}/photo`, { body: { photo } });
export const removePhoto = (userId: string) => apiRequest<undefined>('DELETE', `${userPath(userId)}/photo`);

export const getNotifications = () => apiRequest<NotificationList>('GET', '/api/v1/notifications');
export const markNotificationRead = (id: string) => apiRequest<undefined>('POST', `/api/v1/notifications/${encodeURIComponent(id)}/read`);

export async function getLeaveRequests(clientId: string): Promise<LeaveRequest[]> {
  return (await apiRequest<{ leaveRequests: LeaveRequest[] }>('GET', `${clientPath(clientId)}/leave-requests`)).leaveRequests;
}
export const decideLeave = (clientId: string, leaveRequestId: string, decision: LeaveDecision) =>
  apiRequest<LeaveRequest>('POST', `${clientPath(clientId)}/leave-requests/${encodeURIComponent(leaveRequestId)}/decision`, { body: decision });

export const changeSchedule = (clientId: string, scheduleId: string, change: ScheduleChange) =>
  apiRequest<undefined>('PATCH', `${clientPath(clientId)}/attendance-schedules/${encodeURIComponent(scheduleId)}`, { body: change });
