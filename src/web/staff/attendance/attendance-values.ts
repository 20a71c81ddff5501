import type { AttendanceStatus } from '../../endpoints/caseload-types';

export const attendanceStatuses: readonly AttendanceStatus[] = ['present', 'sick', 'leave', 'absent_with_notice', 'absent_without_notice'];

export function isAttendanceStatus(value: string): value is AttendanceStatus {
  return (attendanceStatuses as readonly string[]).includes(value);
}

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof weekdays)[number];
