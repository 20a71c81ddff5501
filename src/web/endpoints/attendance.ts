import type { NewSchedule, Register, RegisterEntry } from './caseload-types';
import { clientPath } from './clients';
import { apiRequest, queryString } from './request';

/** The days a client is expected at a work-learning centre or an employer. */
export function addSchedule(clientId: string, schedule: NewSchedule): Promise<{ id: string }> {
  return apiRequest<{ id: string }>('POST', `${clientPath(clientId)}/attendance-schedules`, { body: schedule });
}

/** Who is expected on a day (optionally at one location), with what was recorded. */
export function getRegister(day: string, location: string): Promise<Register> {
  return apiRequest<Register>('GET', `/api/v1/attendance-register${queryString({ day, location })}`);
}

/** Records attendance on a scheduled day (400 not-scheduled for another day). */
export function recordAttendance(day: string, clientId: string, entry: RegisterEntry): Promise<void> {
  return apiRequest<undefined>('PUT', `/api/v1/attendance-register/${encodeURIComponent(day)}/${encodeURIComponent(clientId)}`, { body: entry });
}
