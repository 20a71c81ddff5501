import { apiRequest, queryString } from './request';
import type { AuditEventFilter, AuditEventPage } from './types';

export function listAuditEvents(filter: AuditEventFilter, before?: string): Promise<AuditEventPage> {
  return apiRequest<AuditEventPage>('GET', `/api/v1/audit-events${queryString({ ...filter, before })}`);
}
