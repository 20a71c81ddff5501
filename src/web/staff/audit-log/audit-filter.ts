import type { AuditEventFilter } from '../../endpoints/types';

/** The audit log filter as the form and the address bar hold it: times as local date-times. */
export interface AuditFilterValues {
  actorId: string;
  dataSubjectId: string;
  action: string;
  from: string;
  to: string;
}

const keys = ['actorId', 'dataSubjectId', 'action', 'from', 'to'] as const;

export function filterFromSearchParams(params: URLSearchParams): AuditFilterValues {
  return {
    actorId: params.get('actorId') ?? '',
    dataSubjectId: params.get('dataSubjectId') ?? '',
    action: params.get('action') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

export function filterToSearchParams(values: AuditFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = values[key].trim();
    if (value !== '') params.set(key, value);
  }
  return params;
}

/** A local date-time from a datetime-local input as an ISO date-time, or undefined. */
export function localToIso(value: string): string | undefined {
  if (value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function toApiFilter(values: AuditFilterValues): AuditEventFilter {
  const filter: AuditEventFilter = {};
  if (values.actorId !== '') filter.actorId = values.actorId;
  if (values.dataSubjectId.trim() !== '') filter.dataSubjectId = values.dataSubjectId.trim();
  if (values.action.trim() !== '') filter.action = values.action.trim();
  const from = localToIso(values.from);
  const to = localToIso(values.to);
  if (from !== undefined) filter.from = from;
  if (to !== undefined) filter.to = to;
  return filter;
}
