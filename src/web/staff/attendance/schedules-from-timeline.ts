import type { TimelineEntry } from '../../endpoints/client-types';
import { todayIso } from '../../i18n/format';
import { weekdays, type Weekday } from './attendance-values';

export interface KnownSchedule {
  id: string;
  location: string;
  weekdays: Weekday[];
  recordedAt: string;
  /** The last day, when the schedule was ended. */
  validTo: string | null;
  /** What the client sees in the app about the day, as last recorded. */
  details: ScheduleDetails;
}

export interface ScheduleDetails {
  address: string | null;
  activity: string | null;
  whatToBring: string | null;
  whatToWear: string | null;
}

const detailOf = (data: Record<string, unknown>, key: keyof ScheduleDetails): string | null => (typeof data[key] === 'string' ? data[key] : null);
const detailsOf = (data: Record<string, unknown>): ScheduleDetails => ({
  address: detailOf(data, 'address'),
  activity: detailOf(data, 'activity'),
  whatToBring: detailOf(data, 'whatToBring'),
  whatToWear: detailOf(data, 'whatToWear'),
});

const isWeekday = (value: unknown): value is Weekday => typeof value === 'number' && (weekdays as readonly number[]).includes(value);

/**
 * The schedules that still run, as the client's timeline tells them: each "scheduled" entry
 * without an "ended" entry whose last day has passed. The timeline keeps the location and the
 * weekdays and what the client sees about the day; the times and dates are on the register.
 */
export function schedulesFromTimeline(timeline: readonly TimelineEntry[], today: string = todayIso()): KnownSchedule[] {
  const ends = new Map<string, string>();
  const changes = new Map<string, { at: string; details: ScheduleDetails }>();
  for (const entry of timeline) {
    const { scheduleId, validTo } = entry.data;
    if (entry.kind === 'attendance.schedule-ended' && typeof scheduleId === 'string' && typeof validTo === 'string') ends.set(scheduleId, validTo);
    if (entry.kind === 'attendance.schedule-changed' && typeof scheduleId === 'string' && (changes.get(scheduleId)?.at ?? '') < entry.occurredAt) {
      changes.set(scheduleId, { at: entry.occurredAt, details: detailsOf(entry.data) });
    }
  }
  return timeline.flatMap((entry) => {
    const { scheduleId, location, weekdays: days } = entry.data;
    if (entry.kind !== 'attendance.scheduled' || typeof scheduleId !== 'string' || typeof location !== 'string') return [];
    const validTo = ends.get(scheduleId) ?? null;
    if (validTo !== null && validTo < today) return [];
    const details = changes.get(scheduleId)?.details ?? detailsOf(entry.data);
    return [{ id: scheduleId, location, weekdays: Array.isArray(days) ? days.filter(isWeekday) : [], recordedAt: entry.occurredAt, validTo, details }];
  });
}
